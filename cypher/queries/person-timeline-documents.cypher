// One part of a person's timeline (PersonRepository runs the five person-timeline-*.cypher files in
// one read transaction and sorts their rows by date): documents authored and signed, statements about the person.
// Each row: kind, when (EDTF text and day range), summary, ref (the claim's node; for
// memberships the group, for birth and death the person), related (the other side: targets,
// critics, organs that imposed it...), role, status, confidence, citations. Undated rows have a
// null date.
// Five small statements, not one of thirteen UNION branches: a plan of the single statement cost
// seconds, and when Neo4j replanned it under eight clients on two cores the replanning outlived the
// query timeout (LoadIT; docs/reliability.md). Each part plans in a fraction of that.
// In Neo4j Browser:  :param id => 'trotsky-leon'
CYPHER replan=skip expressionEngine=interpreted
MATCH (person:Person {id: $id})
CALL {
  WITH person
  MATCH (person)-[:AUTHORED]->(d:Document)
  RETURN 'AUTHORED' AS kind,
         d {.date, .earliest, .latest, .precision} AS when,
         d.name AS summary,
         d {.id, .type, .name} AS ref,
         COLLECT { MATCH (co:Entity)-[:AUTHORED]->(d) WHERE co <> person RETURN co {.id, .type, .name} ORDER BY co.id } AS related,
         null AS role, d.status AS status, d.confidence AS confidence,
         COLLECT {
           MATCH (d)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (person)-[:GAVE]->(sig:Signature)-[:ON]->(d:Document)
  RETURN 'SIGNED' AS kind,
         sig {.date, .earliest, .latest, .precision} AS when,
         d.name + CASE WHEN sig.reservation IS NULL THEN '' ELSE ' (with a reservation)' END AS summary,
         sig {.id, .type, .name} AS ref,
         [d {.id, .type, .name}] AS related,
         null AS role, sig.status AS status, sig.confidence AS confidence,
         COLLECT {
           MATCH (sig)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (st:Statement)-[:ABOUT]->(person)
  RETURN 'STATEMENT' AS kind,
         st {.date, .earliest, .latest, .precision} AS when,
         st.summary AS summary,
         st {.id, .type, .name} AS ref,
         COLLECT { MATCH (st)-[:ABOUT]->(a:Entity) WHERE a <> person RETURN a {.id, .type, .name} ORDER BY a.id } AS related,
         null AS role, st.status AS status, st.confidence AS confidence,
         COLLECT {
           MATCH (st)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
}
RETURN kind, when, summary, ref, related, role, status, confidence, citations

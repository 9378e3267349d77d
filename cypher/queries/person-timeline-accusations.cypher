// One part of a person's timeline (PersonRepository runs the five person-timeline-*.cypher files in
// one read transaction and sorts their rows by date): accusations brought and received.
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
  MATCH (person)-[:BROUGHT]->(a:Accusation)-[:AGAINST]->(accused:Person)
  RETURN 'ACCUSATION_BROUGHT' AS kind,
         a {.date, .earliest, .latest, .precision} AS when,
         a.summary AS summary,
         a {.id, .type, .name} AS ref,
         [accused {.id, .type, .name}] AS related,
         a.role AS role, a.status AS status, a.confidence AS confidence,
         COLLECT {
           MATCH (a)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (accuser:Person)-[:BROUGHT]->(a:Accusation)-[:AGAINST]->(person)
  RETURN 'ACCUSATION_RECEIVED' AS kind,
         a {.date, .earliest, .latest, .precision} AS when,
         a.summary AS summary,
         a {.id, .type, .name} AS ref,
         [accuser {.id, .type, .name}] AS related,
         a.role AS role, a.status AS status, a.confidence AS confidence,
         COLLECT {
           MATCH (a)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
}
RETURN kind, when, summary, ref, related, role, status, confidence, citations

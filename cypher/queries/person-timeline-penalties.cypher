// One part of a person's timeline (PersonRepository runs the five person-timeline-*.cypher files in
// one read transaction and sorts their rows by date): penalties received, the votes on them and the reversals that undid them (readmissions, rehabilitations: after death too).
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
  MATCH (person)-[:RECEIVED]->(p:Penalty)
  RETURN 'PENALTY' AS kind,
         p {.date, .earliest, .latest, .precision} AS when,
         p.summary + CASE p.outcome WHEN 'PROPOSED_NOT_APPLIED' THEN ' (proposed, not applied)' ELSE '' END AS summary,
         p {.id, .type, .name} AS ref,
         COLLECT { MATCH (p)-[:IMPOSED_BY]->(o:Entity) RETURN o {.id, .type, .name} ORDER BY o.id } AS related,
         null AS role, p.status AS status, p.confidence AS confidence,
         COLLECT {
           MATCH (p)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (person)-[:RECEIVED]->(p:Penalty)<-[:DECIDED]-(v:Vote)
  RETURN 'VOTE' AS kind,
         v {.date, .earliest, .latest, .precision} AS when,
         v.summary AS summary,
         v {.id, .type, .name} AS ref,
         [p {.id, .type, .name}] AS related,
         null AS role, v.status AS status, v.confidence AS confidence,
         COLLECT {
           MATCH (v)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (r:Reversal)-[:RESTORES]->(person)
  RETURN 'REVERSAL' AS kind,
         r {.date, .earliest, .latest, .precision} AS when,
         r.summary AS summary,
         r {.id, .type, .name} AS ref,
         COLLECT { MATCH (r)-[:REVERSES]->(p:Penalty) RETURN p {.id, .type, .name} ORDER BY p.id }
           + COLLECT { MATCH (r)-[:IMPOSED_BY]->(o:Entity) RETURN o {.id, .type, .name} ORDER BY o.id } AS related,
         null AS role, r.status AS status, r.confidence AS confidence,
         COLLECT {
           MATCH (r)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
}
RETURN kind, when, summary, ref, related, role, status, confidence, citations

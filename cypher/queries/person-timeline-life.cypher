// One part of a person's timeline (PersonRepository runs the five person-timeline-*.cypher files in
// one read transaction and sorts their rows by date): birth and death, memberships and posts.
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
  WITH person WHERE person.born IS NOT NULL
  RETURN 'BIRTH' AS kind,
         {date: person.born, earliest: person.bornEarliest, latest: person.bornLatest, precision: person.bornPrecision} AS when,
         'Born' + coalesce(' (' + person.bornOriginal + ')', '') AS summary,
         person {.id, .type, .name} AS ref, [] AS related, null AS role,
         person.status AS status, person.confidence AS confidence,
         COLLECT {
           MATCH (person)-[c:CITES]->(s:Source) WHERE c.aspect IS NULL OR c.aspect = 'date'
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: c.quote, page: c.page, aspect: c.aspect}
           ORDER BY s.id, c.id
         } AS citations
  UNION ALL
  WITH person
  WITH person WHERE person.died IS NOT NULL
  RETURN 'DEATH' AS kind,
         {date: person.died, earliest: person.diedEarliest, latest: person.diedLatest, precision: person.diedPrecision} AS when,
         'Died' + coalesce(' (' + person.diedOriginal + ')', '') AS summary,
         person {.id, .type, .name} AS ref, [] AS related, null AS role,
         person.status AS status, person.confidence AS confidence,
         COLLECT {
           MATCH (person)-[c:CITES]->(s:Source) WHERE c.aspect IS NULL OR c.aspect = 'date'
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: c.quote, page: c.page, aspect: c.aspect}
           ORDER BY s.id, c.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (person)-[m:MEMBER_OF]->(g:Entity)
  RETURN 'MEMBERSHIP' AS kind,
         m {.date, .earliest, .latest, .precision} AS when,
         m.role + ' of ' + g.name AS summary,
         g {.id, .type, .name} AS ref, [] AS related, m.role AS role,
         m.status AS status, m.confidence AS confidence,
         COLLECT {
           UNWIND range(0, size(coalesce(m.sourceIds, [])) - 1) AS i
           MATCH (s:Source {id: m.sourceIds[i]})
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: m.quote, page: m.page, aspect: null}
           ORDER BY i
         } AS citations
}
RETURN kind, when, summary, ref, related, role, status, confidence, citations

// Every dated claim about a person, in date order: birth and death, memberships and posts,
// criticisms made and received, penalties received and the votes on them, documents authored,
// statements about the person. Undated claims come last (their date is null).
// Each row: kind, when (EDTF text and day range), summary, ref (the claim's node; for
// memberships the group, for birth and death the person), related (the other side: targets,
// critics, organs that imposed it...), role, status, confidence, citations.
// In Neo4j Browser:  :param id => 'trotsky-leon'
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
  UNION ALL
  WITH person
  MATCH (person)-[:MADE]->(c:Criticism)
  RETURN 'CRITICISM_MADE' AS kind,
         c {.date, .earliest, .latest, .precision} AS when,
         c.summary AS summary,
         c {.id, .type, .name} AS ref,
         COLLECT { MATCH (c)-[:TARGETS]->(t:Entity) RETURN t {.id, .type, .name} ORDER BY t.id } AS related,
         null AS role, c.status AS status, c.confidence AS confidence,
         COLLECT {
           MATCH (c)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
  WITH person
  MATCH (c:Criticism)-[:TARGETS]->(person)
  RETURN 'CRITICISM_RECEIVED' AS kind,
         c {.date, .earliest, .latest, .precision} AS when,
         c.summary AS summary,
         c {.id, .type, .name} AS ref,
         COLLECT { MATCH (critic:Entity)-[:MADE]->(c) RETURN critic {.id, .type, .name} ORDER BY critic.id } AS related,
         null AS role, c.status AS status, c.confidence AS confidence,
         COLLECT {
           MATCH (c)-[x:CITES]->(s:Source)
           RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                   quote: x.quote, page: x.page, aspect: x.aspect}
           ORDER BY s.id, x.id
         } AS citations
  UNION ALL
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
WITH kind, when, summary, ref, related, role, status, confidence, citations,
     coalesce(when.earliest, when.latest) AS day,
     CASE kind WHEN 'BIRTH' THEN 0 WHEN 'DEATH' THEN 9 ELSE 1 END AS edge
RETURN kind, when, summary, ref, related, role, status, confidence, citations
ORDER BY day, edge, when.latest, kind, ref.id

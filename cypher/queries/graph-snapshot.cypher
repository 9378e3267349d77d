// Memberships (MEMBER_OF) of persons in factions and organs that can have held on some day between
// $atEarliest and $atLatest: the membership's own range can overlap it (a missing end is open; an
// undated membership can), and so can the lifetime of the person and the active range of the group.
// Whether it held certainly or only possibly is decided from the EDTF `date` by the service.
// In Neo4j Browser:
//   :param atEarliest => date('1921-06-01')
//   :param atLatest => date('1921-06-01')
MATCH (p:Person)-[m:MEMBER_OF]->(g:Entity)
WHERE (m.earliest IS NULL OR m.earliest <= $atLatest)
  AND (m.latest IS NULL OR m.latest >= $atEarliest)
  AND (p.earliest IS NULL OR p.earliest <= $atLatest)
  AND (p.latest IS NULL OR p.latest >= $atEarliest)
  AND (g.earliest IS NULL OR g.earliest <= $atLatest)
  AND (g.latest IS NULL OR g.latest >= $atEarliest)
RETURN g {.id, .type, .name} AS group,
       p {.id, .type, .name} AS person,
       coalesce(m.id, elementId(m)) AS relationshipId,
       m.role AS role,
       m.date AS date,
       COLLECT {
         UNWIND coalesce(m.sourceIds, []) AS sourceId
         MATCH (s:Source {id: sourceId})
         RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                 quote: m.quote, page: m.page} AS citation
         ORDER BY s.id
       } AS citations
ORDER BY g.type, g.name, p.id, m.role

// Accusations (accusations.csv): who brought which charge against whom, in what role, when, at which
// meeting, leading to which penalties, with the sources; filtered by accuser, accused and role (null:
// any), in date order (undated last), one page and the total in one statement.
// :param accuser => 'yaroslavsky-yemelyan'
// :param accused => null
// :param role => null
// :param offset => 0
// :param limit => 50
MATCH (accuser:Person)-[:BROUGHT]->(a:Accusation)-[:AGAINST]->(accused:Person)
WHERE ($accuser IS NULL OR accuser.id = $accuser)
  AND ($accused IS NULL OR accused.id = $accused)
  AND ($role IS NULL OR a.role = $role)
WITH a, accuser, accused
ORDER BY a.earliest, a.id
WITH collect({a: a, accuser: accuser, accused: accused}) AS matches
WITH size(matches) AS total, matches[$offset..($offset + $limit)] AS page
RETURN total,
       COLLECT {
         UNWIND page AS x
         WITH x.a AS a, x.accuser AS accuser, x.accused AS accused
         RETURN a {.id, .name, .role, .date, .earliest, .latest, .precision, .dateOriginal, .summary, .confidence,
                   .status, .note,
                   accuser: accuser {.id, .type, .name},
                   accused: accused {.id, .type, .name},
                   at: [(a)-[:AT]->(m:Meeting) | m {.id, .type, .name}][0],
                   penalties: [(a)-[:LED_TO]->(p:Penalty) | p {.id, .type, .name}],
                   citations: [(a)-[c:CITES]->(s:Source) |
                               {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                                quote: c.quote, page: c.page, aspect: c.aspect}]}
       } AS items

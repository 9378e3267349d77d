// GET /api/persons: persons by name, one page and how many match, in one statement.
// $factions: ids of factions the person was ever a member of (any of them), [] for any.
// $q: lower-cased text found in the name, the Russian name or an alias, or null.
// $atEarliest/$atLatest: the range of an EDTF date, or null. A person is kept when they can have
// been alive on it: not certainly born after it (bornEarliest <= atLatest) and not certainly dead
// before it (diedLatest >= atEarliest); a missing birth or death date leaves that end open.
// alive is CERTAINLY when born for sure by the start and dead for sure not before the end (both
// dates known), else POSSIBLY; null without a date.
// In Neo4j Browser:
//   :param factions => ['workers-opposition']
//   :param q => null
//   :param atEarliest => date('1930-01-01')
//   :param atLatest => date('1930-12-31')
//   :param offset => 0
//   :param limit => 50
MATCH (p:Person)
WHERE (size($factions) = 0 OR EXISTS { MATCH (p)-[:MEMBER_OF]->(f:Faction) WHERE f.id IN $factions })
  AND ($q IS NULL
       OR toLower(p.name) CONTAINS $q
       OR toLower(coalesce(p.nameRu, '')) CONTAINS $q
       OR toLower(coalesce(p.aliasText, '')) CONTAINS $q)
  AND ($atEarliest IS NULL
       OR ((p.bornEarliest IS NULL OR p.bornEarliest <= $atLatest)
           AND (p.diedLatest IS NULL OR p.diedLatest >= $atEarliest)))
WITH p,
     CASE
       WHEN $atEarliest IS NULL THEN null
       WHEN p.bornLatest <= $atEarliest AND p.diedEarliest >= $atLatest THEN 'CERTAINLY'
       ELSE 'POSSIBLY'
     END AS alive
ORDER BY p.name, p.id
WITH collect({id: p.id, name: p.name, nameRu: p.nameRu, born: p.born, died: p.died, alive: alive,
              factions: COLLECT { MATCH (p)-[:MEMBER_OF]->(f:Faction) RETURN DISTINCT f.id ORDER BY f.id }})
     AS persons
RETURN size(persons) AS total, persons[$offset..$offset + $limit] AS items

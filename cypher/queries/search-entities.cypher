// Full-text search over names, Russian names, aliases, titles, quotes, summaries and descriptions:
// one page of hits and how many there are, in one statement.
// $exact and $fuzzy are Lucene queries the service builds from the user's words (escaped, field
// boosts); $fuzzy is null when no word is long enough for spelling variants. $types are labels
// (Person, Congress, Meeting, Document...) to keep, [] for all; $sources are the labels ranked last.
// Order: exact matches before spelling variants; within each, actors (persons, factions, organs,
// meetings, documents, places) before events and claims (criticisms, penalties, statements...),
// and those before sources; then by score.
// In Neo4j Browser:
//   :param exact => 'name:zinovyev^4 aliasText:zinovyev^3 summary:zinovyev'
//   :param fuzzy => null
//   :param types => []
//   :param events => ['Criticism', 'Penalty', 'Purge', 'Rule', 'Statement', 'Vote']
//   :param sources => ['Source']
//   :param offset => 0
//   :param limit => 20
CALL {
  CALL db.index.fulltext.queryNodes('entity_text', $exact) YIELD node, score
  RETURN node, score, 0 AS pass
  UNION ALL
  WITH $fuzzy AS fuzzy
  WHERE fuzzy IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_text', fuzzy) YIELD node, score
  RETURN node, score, 1 AS pass
}
WITH node, score, pass
WHERE size($types) = 0 OR any(label IN labels(node) WHERE label IN $types)
ORDER BY pass, score DESC
WITH node, head(collect({pass: pass, score: score})) AS best
WITH node, best,
     CASE WHEN node.type IN $sources THEN 2 WHEN node.type IN $events THEN 1 ELSE 0 END AS tier
ORDER BY best.pass, tier, best.score DESC, node.id
WITH collect({id: node.id, type: node.type, name: node.name, score: best.score,
              match: CASE best.pass WHEN 0 THEN 'exact' ELSE 'fuzzy' END}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS hits

// Full-text search over names, Russian names, aliases, titles, quotes, summaries and descriptions.
// $query is a Lucene query the service builds from the user's words (escaped, field boosts);
// $type is a main label (Person, Congress, Document...) or null; $exclude lists ids already found.
// In Neo4j Browser:
//   :param query => 'name:kosior^4 aliasText:kosior^3 summary:kosior'
//   :param type => null
//   :param exclude => []
//   :param limit => 20
CALL db.index.fulltext.queryNodes('entity_text', $query) YIELD node, score
WHERE ($type IS NULL OR node.type = $type)
  AND NOT node.id IN $exclude
RETURN node.id AS id, node.type AS type, node.name AS name, score
ORDER BY score DESC, id
LIMIT $limit

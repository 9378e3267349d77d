// The network of the relationship types $rels, for centrality measures: one row per relationship,
// with its two ends.
// In Neo4j Browser:
//   :param rels => ['CRITICIZED']
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $rels
RETURN a {.id, .type, .name} AS source,
       b {.id, .type, .name} AS target
ORDER BY a.id, b.id

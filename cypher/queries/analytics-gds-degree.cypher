// Degree centrality on Graph Data Science: the network of graph-network.cypher (relationships of
// $rels whose dates, and those of both ends, can overlap $atEarliest..$atLatest) projected as
// $graph, each relationship counted, both directions (orientation UNDIRECTED).
// In Neo4j Browser:
//   :param graph => 'dissent-try'
//   :param rels => ['CRITICIZED']
//   :param atEarliest => null
//   :param atLatest => null
// and afterwards CALL gds.graph.drop('dissent-try', false)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $rels
  AND NOT a:Source AND NOT b:Source
  AND ($atLatest IS NULL OR ((r.earliest IS NULL OR r.earliest <= $atLatest)
                             AND (a.earliest IS NULL OR a.earliest <= $atLatest)
                             AND (b.earliest IS NULL OR b.earliest <= $atLatest)))
  AND ($atEarliest IS NULL OR ((r.latest IS NULL OR r.latest >= $atEarliest)
                               AND (a.latest IS NULL OR a.latest >= $atEarliest)
                               AND (b.latest IS NULL OR b.latest >= $atEarliest)))
WITH gds.graph.project($graph, a, b) AS g
WITH g WHERE g IS NOT NULL AND g.relationshipCount > 0
CALL gds.degree.stream(g.graphName, {orientation: 'UNDIRECTED'}) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score, g
RETURN n {.id, .type, .name} AS node, score,
       g.nodeCount AS nodes, g.relationshipCount AS edges

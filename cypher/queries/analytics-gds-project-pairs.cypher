// The network of graph-network.cypher (relationships of $rels whose dates, and those of both
// ends, can overlap $atEarliest..$atLatest) projected on Graph Data Science as $graph with one
// directed relationship per ordered pair and no self-loops: the first step of betweenness. edges
// counts the relationships of the network, not the pairs. No network: no row.
// In Neo4j Browser:
//   :param graph => 'dissent-try'
//   :param rels => ['CRITICIZED']
//   :param atEarliest => null
//   :param atLatest => null
// then this file, then the algorithm's (analytics-gds-{metric}.cypher), and afterwards
// CALL gds.graph.drop('dissent-try', false)
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $rels
  AND NOT a:Source AND NOT b:Source
  AND ($atLatest IS NULL OR ((r.earliest IS NULL OR r.earliest <= $atLatest)
                             AND (a.earliest IS NULL OR a.earliest <= $atLatest)
                             AND (b.earliest IS NULL OR b.earliest <= $atLatest)))
  AND ($atEarliest IS NULL OR ((r.latest IS NULL OR r.latest >= $atEarliest)
                               AND (a.latest IS NULL OR a.latest >= $atEarliest)
                               AND (b.latest IS NULL OR b.latest >= $atEarliest)))
WITH a, b, count(r) AS parallel
WITH gds.graph.project($graph, a, CASE WHEN a <> b THEN b END) AS g, sum(parallel) AS relationships
WITH g, relationships WHERE g IS NOT NULL AND g.nodeCount > 0
RETURN g.nodeCount AS nodes, relationships AS edges

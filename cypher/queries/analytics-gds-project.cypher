// The network of graph-network.cypher (relationships of $rels whose dates, and those of both
// ends, can overlap $atEarliest..$atLatest) projected on Graph Data Science as $graph, directed,
// each relationship counted: the first step of degree and PageRank (the algorithm's own file is the
// second; Reads.listBounded passes this row on to it). No network: no row.
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
WITH gds.graph.project($graph, a, b) AS g
WITH g WHERE g IS NOT NULL AND g.relationshipCount > 0
RETURN g.nodeCount AS nodes, g.relationshipCount AS edges

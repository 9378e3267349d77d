// PageRank on Graph Data Science over $graph (analytics-gds-project.cypher: each relationship
// counted); damping 0.85, up to $iterations iterations, tolerance $tolerance, not normalised
// (scores are (1 - d) + d * the in-neighbours' share).
// Run after analytics-gds-project.cypher has projected $graph, in the same transaction
// (Reads.listBounded), which also passes on $nodes and $edges; a step that would begin after the
// timeout is not begun. In Neo4j Browser: that file's parameters, and :param nodes => 0, :param edges => 0.
//   :param iterations => 100
//   :param tolerance => 1e-7
CALL gds.pageRank.stream($graph, {dampingFactor: 0.85, maxIterations: $iterations, tolerance: $tolerance})
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n {.id, .type, .name} AS node, score, $nodes AS nodes, $edges AS edges

// Degree centrality on Graph Data Science over $graph (analytics-gds-project.cypher: each
// relationship counted), both directions (orientation UNDIRECTED).
// Run after analytics-gds-project.cypher has projected $graph, in the same transaction
// (Reads.listBounded), which also passes on $nodes and $edges; a step that would begin after the
// timeout is not begun. In Neo4j Browser: that file's parameters, and :param nodes => 0, :param edges => 0.
CALL gds.degree.stream($graph, {orientation: 'UNDIRECTED'}) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n {.id, .type, .name} AS node, score, $nodes AS nodes, $edges AS edges

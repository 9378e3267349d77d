// Louvain communities on Graph Data Science over $graph (analytics-gds-project-undirected.cypher).
// One row per node with its community and the partition's modularity.
// Run after analytics-gds-project-undirected.cypher has projected $graph, in the same transaction
// (Reads.listBounded), which also passes on $nodes and $edges; a step that would begin after the
// timeout is not begun. In Neo4j Browser: that file's parameters, and :param nodes => 0, :param edges => 0.
CALL gds.louvain.mutate($graph, {mutateProperty: 'community', concurrency: 1})
YIELD modularity
CALL gds.graph.nodeProperty.stream($graph, 'community') YIELD nodeId, propertyValue
WITH gds.util.asNode(nodeId) AS n, propertyValue AS community, modularity
RETURN n {.id, .type, .name} AS node, community, modularity, $nodes AS nodes, $edges AS edges

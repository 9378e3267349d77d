// Betweenness centrality on Graph Data Science over $graph (analytics-gds-project-pairs.cypher:
// one relationship per ordered pair, no self-loops), unnormalised; exact (every node a source) up
// to $exactNodes nodes, beyond that from $samples sources (all, if fewer) that GDS picks by degree with seed 42
// (the service scales those scores by nodes/samples), so that the work of one call is bounded:
// GDS looks at its transaction's termination only every 10 s.
// Run after analytics-gds-project-pairs.cypher has projected $graph, in the same transaction
// (Reads.listBounded), which also passes on $nodes and $edges; a step that would begin after the
// timeout is not begun. In Neo4j Browser: that file's parameters, and :param nodes => 0, :param edges => 0.
//   :param exactNodes => 5000
//   :param samples => 500
CALL gds.betweenness.stream($graph,
       CASE WHEN $nodes > $exactNodes
            THEN {samplingSize: CASE WHEN $samples < $nodes THEN $samples ELSE $nodes END, samplingSeed: 42}
            ELSE {} END)
YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
RETURN n {.id, .type, .name} AS node, score, $nodes AS nodes, $edges AS edges

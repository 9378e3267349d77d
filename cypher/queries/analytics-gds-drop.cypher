// Drops the projection $graph that an analytics-gds-*.cypher query made (none: no row).
CALL gds.graph.drop($graph, false) YIELD graphName
RETURN graphName

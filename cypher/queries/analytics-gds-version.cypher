// The version of Neo4j Graph Data Science on the server; fails (unknown function) without it.
RETURN gds.version() AS version

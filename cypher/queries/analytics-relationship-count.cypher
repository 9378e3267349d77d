// How many relationships the database holds (from Neo4j's count store, not a scan): in auto mode,
// a small graph's analytics run in the service, where they are cheaper than a GDS projection.
MATCH ()-[r]->()
RETURN count(r) AS n

// The model: labels and relationship types as Neo4j sees them.
CALL db.schema.visualization()

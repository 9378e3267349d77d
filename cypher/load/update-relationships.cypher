// One batch of relationships whose properties changed, found by their ends and their own id.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE r.id = row.properties.id
SET r = row.properties

// One batch of relationships between nodes named by id, each found again by its own stable id,
// so writing a batch twice changes nothing.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.properties.id}]->(b)
SET r = row.properties

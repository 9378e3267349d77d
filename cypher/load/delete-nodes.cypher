// Retracts nodes (and their relationships) by id.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
DETACH DELETE n

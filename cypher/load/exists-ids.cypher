// Which of these ids exist already (references from a new dataset into loaded data).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id

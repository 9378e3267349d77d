// One batch of dataset rows: create or update each node by its id, with its labels.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties
SET n:$(row.labels)

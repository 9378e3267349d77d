// One batch of new or changed dataset rows: create or update each node by its id, with its
// labels; `importId` names the import that brought the change.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n = row.properties, n.importId = $importId
SET n:$(row.labels)

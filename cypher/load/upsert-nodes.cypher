// One batch of dataset rows: create or update each node by its id, with its labels; says per row
// whether it was added, changed or unchanged. `importId` names the import that last brought a change.
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH row, old,
     CASE WHEN old IS NULL THEN 'added'
          WHEN old.rowHash = row.properties.rowHash THEN 'unchanged'
          ELSE 'changed' END AS change
WITH row, change, CASE change WHEN 'unchanged' THEN old.importId ELSE $importId END AS importId
MERGE (n:Entity {id: row.id})
SET n = row.properties, n.importId = importId
SET n:$(row.labels)
RETURN change, count(*) AS rows

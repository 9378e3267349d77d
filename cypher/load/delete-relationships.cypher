// Retracts relationships by their start node and own id.
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r]->()
WHERE r.id = row.id
DELETE r

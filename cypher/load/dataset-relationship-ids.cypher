// Every relationship an earlier import of this dataset wrote, with the id of its start node.
MATCH (a:Entity)-[r]->()
WHERE r.dataset = $dataset
RETURN r.id AS id, a.id AS from

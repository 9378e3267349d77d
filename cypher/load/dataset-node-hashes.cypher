// What an earlier import of this dataset wrote, node by node: to skip rows that have not changed.
MATCH (n:Entity {dataset: $dataset})
RETURN n.id AS id, n.rowHash AS hash

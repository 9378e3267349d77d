// What an earlier load of this dataset wrote, to count added, changed and unchanged rows.
MATCH (n:Entity {dataset: $dataset})
RETURN n.id AS id, n.rowHash AS rowHash

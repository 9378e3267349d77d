// Nodes of this dataset whose rows are gone from its files.
MATCH (n:Entity {dataset: $dataset})
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS retracted

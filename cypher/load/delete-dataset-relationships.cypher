// Relationships written by an earlier load of this dataset; the load writes them anew.
MATCH (n:Entity)-[r]->()
WHERE r.dataset = $dataset
DELETE r

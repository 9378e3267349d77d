// The latest finished import of a dataset, to skip loading files that have not changed.
MATCH (i:Import {dataset: $dataset, state: 'DONE'})
RETURN i.checksum AS checksum
ORDER BY i.finishedAt DESC
LIMIT 1

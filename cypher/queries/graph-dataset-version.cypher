// The newest finished import: its id names the version of the data, so results computed from the
// data can be cached until the next import.
MATCH (i:Import {state: 'DONE'})
RETURN i.id AS version
ORDER BY i.finishedAt DESC
LIMIT 1

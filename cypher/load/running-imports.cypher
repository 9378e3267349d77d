// Imports that started writing and did not finish (a crash): rolled forward at start-up.
MATCH (i:Import {state: 'RUNNING'})
RETURN i {.*} AS import
ORDER BY i.startedAt

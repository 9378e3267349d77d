// State, progress, counts or errors of an import.
MATCH (i:Import {id: $id})
SET i += $properties

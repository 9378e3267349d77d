// The audit record of one import: who, when, which files (with checksums), what changed.
CREATE (i:Import)
SET i = $properties

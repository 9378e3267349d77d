// The audit record of an import, written before its data: who, when, which files, where they are kept.
CREATE (i:Import)
SET i = $properties

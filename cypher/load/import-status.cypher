// One import, for GET /api/imports/{id}.
MATCH (i:Import {id: $id})
RETURN i {.*} AS import

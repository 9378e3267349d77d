// The type (main label) of a node by id; no row when the id is unknown.
// :param id => 'kossior-vladimir'
MATCH (n:Entity {id: $id})
RETURN n.type AS type

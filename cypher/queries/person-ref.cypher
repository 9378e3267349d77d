// A person by id, as a reference; no row when the id is unknown or not a person's.
// In Neo4j Browser:  :param id => 'trotsky-leon'
MATCH (p:Person {id: $id})
RETURN p {.id, .type, .name} AS person

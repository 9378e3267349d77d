// Id, type and name of the dataset nodes $ids that can stand in a graph view (Source nodes cannot).
// In Neo4j Browser:
//   :param ids => ['kollontai-alexandra', 'stalin-joseph']
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WHERE NOT n:Source
RETURN n {.id, .type, .name} AS ref

// The Source nodes that the nodes $ids of an ego export cite, in id order: an ego export with
// sources=true holds them and the CITES relationships to them.
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'kossior-1922-congress-11', 'rcp-b']
UNWIND $ids AS nodeId
MATCH (:Entity {id: nodeId})-[:CITES]->(s:Source)
RETURN DISTINCT s.id AS id
ORDER BY id

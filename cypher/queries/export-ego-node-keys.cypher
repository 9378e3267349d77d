// The property names of the nodes $ids of an ego export, with the Neo4j type of their values, per
// main label (type).
// Unordered on purpose: ORDER BY here makes the planner sort every node-key pair before DISTINCT.
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'kossior-1922-congress-11', 'rcp-b']
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
UNWIND keys(n) AS key
RETURN DISTINCT n.type AS type, key, valueType(n[key]) AS valueType

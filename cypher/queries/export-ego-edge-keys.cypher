// The property names of the relationships of an ego export, with the Neo4j type of their values,
// per relationship type: the relationships of the types $rels among the nodes $ids whose own
// [earliest, latest] can overlap the window $from/$to.
// Unordered on purpose: ORDER BY here makes the planner sort every node-key pair before DISTINCT.
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'kossior-1922-congress-11', 'rcp-b']
//   :param rels => ['CRITICIZED', 'MADE', 'TARGETS']
//   :param from => null
//   :param to => null
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND type(r) IN $rels
  AND ($to IS NULL OR r.earliest IS NULL OR r.earliest <= $to)
  AND ($from IS NULL OR r.latest IS NULL OR r.latest >= $from)
UNWIND keys(r) AS key
RETURN DISTINCT type(r) AS type, key, valueType(r[key]) AS valueType

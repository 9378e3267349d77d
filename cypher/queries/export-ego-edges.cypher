// The relationships of an ego export, grouped by type and in id order: those of the types $rels
// among the nodes $ids whose own [earliest, latest] can overlap the window $from/$to (dates, or
// null for an open end), as the graph feature's ego view keeps them.
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
WITH a, r, b
ORDER BY type(r), r.id
RETURN coalesce(r.id, elementId(r)) AS id,
       a.id AS source,
       b.id AS target,
       type(r) AS type,
       properties(r) AS properties

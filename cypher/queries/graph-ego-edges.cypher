// The relationships of the types $rels among the nodes $ids of an ego view, with their dates;
// $atEarliest/$atLatest (or null) keep only those whose range can overlap that date.
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'rcp-b', 'kossior-1922-congress-11']
//   :param rels => ['CRITICIZED', 'MADE', 'TARGETS']
//   :param atEarliest => null
//   :param atLatest => null
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND type(r) IN $rels
  AND ($atLatest IS NULL OR r.earliest IS NULL OR r.earliest <= $atLatest)
  AND ($atEarliest IS NULL OR r.latest IS NULL OR r.latest >= $atEarliest)
RETURN coalesce(r.id, elementId(r)) AS id,
       a.id AS source,
       b.id AS target,
       type(r) AS type,
       r.date AS date,
       r.earliest AS earliest,
       r.latest AS latest
ORDER BY id

// The relationships of the types $rels among the nodes $ids of an ego view, with their dates;
// $atEarliest/$atLatest (or null) keep only those whose range can overlap that date.
// Read from each node's outgoing relationships, the far end checked by its element id among
// $elementIds (those of the same nodes, from graph-ego-nodes.cypher): matched as (a)-[r]->(b) with
// both ends in $ids, the planner expanded the incoming side, and an organ with a member per person
// (~6k at 10k persons, ~600k at 1M) sits in most views; checked by endNode(r).id, every candidate
// relationship cost a property read (at 100k persons, ~35k db hits for a view of 300 nodes; by
// element id, half of that and half the time).
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'rcp-b', 'kossior-1922-congress-11']
//   :param rels => ['CRITICIZED', 'MADE', 'TARGETS']
//   :param atEarliest => null
//   :param atLatest => null
// and $elementIds from graph-ego-nodes.cypher with the same $ids.
UNWIND $ids AS nodeId
MATCH (a:Entity {id: nodeId})-[r]->(b)
WHERE type(r) IN $rels
  AND elementId(b) IN $elementIds
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

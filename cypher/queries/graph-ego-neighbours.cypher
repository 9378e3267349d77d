// One step of an ego view: the nodes next to the $frontier ids over the relationship types $rels,
// leaving out those already $seen, in id order, at most $limit of them. Never a Source node.
// Each comes with its degree (all relationships, read from the store, not counted one by one), so
// the service can leave supernodes (a party organ with a member per person) out of the next step.
// $atEarliest/$atLatest (dates, or null for no date filter) keep only relationships and nodes whose
// [earliest, latest] range can overlap them; a missing end is open.
// In Neo4j Browser:
//   :param frontier => ['kossior-vladimir']
//   :param seen => ['kossior-vladimir']
//   :param rels => ['CRITICIZED', 'MADE', 'TARGETS', 'RECEIVED', 'IMPOSED_BY', 'FROM', 'TO', 'MEMBER_OF', 'DECIDED', 'GROUNDS']
//   :param atEarliest => null
//   :param atLatest => null
//   :param limit => 300
UNWIND $frontier AS frontierId
MATCH (a:Entity {id: frontierId})-[r]-(b:Entity)
WHERE type(r) IN $rels
  AND NOT b:Source
  AND NOT b.id IN $seen
  AND ($atLatest IS NULL OR ((r.earliest IS NULL OR r.earliest <= $atLatest) AND (b.earliest IS NULL OR b.earliest <= $atLatest)))
  AND ($atEarliest IS NULL OR ((r.latest IS NULL OR r.latest >= $atEarliest) AND (b.latest IS NULL OR b.latest >= $atEarliest)))
WITH DISTINCT b
ORDER BY b.id
LIMIT $limit
RETURN b.id AS id, COUNT { (b)--() } AS degree

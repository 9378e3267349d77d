// The nodes of the network view by id (Source nodes never), each with its type, display name, date
// range and kind (and a penalty's outcome); for a person also every faction they belonged to
// (MEMBER_OF a Faction whose range can overlap $atEarliest/$atLatest, or any when null), the first
// attested first (a faction joined twice appears twice; the service keeps the first).
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'shlyapnikov-alexander', 'rcp-b']
//   :param atEarliest => null
//   :param atLatest => null
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WHERE NOT n:Source
RETURN n.id AS id,
       n.type AS type,
       n.name AS label,
       n.earliest AS earliest,
       n.latest AS latest,
       n.kind AS kind,
       n.outcome AS outcome,
       CASE WHEN n:Person THEN COLLECT {
         MATCH (n)-[m:MEMBER_OF]->(f:Faction)
         WHERE ($atLatest IS NULL OR m.earliest IS NULL OR m.earliest <= $atLatest)
           AND ($atEarliest IS NULL OR m.latest IS NULL OR m.latest >= $atEarliest)
         RETURN f.id
         ORDER BY m.earliest IS NULL, m.earliest, f.id
       } END AS factions
ORDER BY id

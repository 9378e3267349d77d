// The nodes of an ego view by id (Source nodes never), each with its type, display name and date
// range; for a person also the faction they belonged to: at the date $atEarliest/$atLatest when
// given (else any), the earliest attested membership first. The element ids are for
// graph-ego-edges.cypher, which runs next.
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'rcp-b']
//   :param atEarliest => null
//   :param atLatest => null
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WHERE NOT n:Source
RETURN n.id AS id,
       elementId(n) AS elementId,
       n.type AS type,
       n.name AS label,
       n.earliest AS earliest,
       n.latest AS latest,
       CASE WHEN n:Person THEN head(COLLECT {
         MATCH (n)-[m:MEMBER_OF]->(f:Faction)
         WHERE ($atLatest IS NULL OR m.earliest IS NULL OR m.earliest <= $atLatest)
           AND ($atEarliest IS NULL OR m.latest IS NULL OR m.latest >= $atEarliest)
         RETURN f.id
         ORDER BY m.earliest IS NULL, m.earliest, f.id
       }) END AS faction

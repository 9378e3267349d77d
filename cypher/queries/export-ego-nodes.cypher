// The nodes $ids of an ego export (chosen by the graph feature's ego selection), grouped by main
// label (type) and in id order, each with its labels and all its properties; for a person also the
// faction they belonged to (the earliest attested membership that can overlap $from/$to).
// In Neo4j Browser:
//   :param ids => ['kossior-vladimir', 'kossior-1922-congress-11', 'rcp-b']
//   :param from => null
//   :param to => null
UNWIND $ids AS nodeId
MATCH (n:Entity {id: nodeId})
WITH n
ORDER BY n.type, n.id
RETURN n.id AS id,
       n.type AS type,
       labels(n) AS labels,
       properties(n) AS properties,
       CASE WHEN n:Person THEN head(COLLECT {
         MATCH (n)-[m:MEMBER_OF]->(f:Faction)
         WHERE ($to IS NULL OR m.earliest IS NULL OR m.earliest <= $to)
           AND ($from IS NULL OR m.latest IS NULL OR m.latest >= $from)
         RETURN f.id
         ORDER BY m.earliest IS NULL, m.earliest, f.id
       }) END AS faction

// The nodes $ids of an ego export (chosen by the graph feature's ego selection), grouped by main
// label (type) and in id order, each with its labels and all its properties; for a person also the
// faction they belonged to (the earliest attested membership that can overlap $from/$to).
// For a faction criticized after its end (the 11th Congress on the former Workers' Opposition),
// criticizedUntil is the latest day of its last criticism: the GEXF timeline keeps it to then.
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
       }) END AS faction,
       CASE WHEN n:Faction AND n.latest IS NOT NULL THEN head(COLLECT {
         MATCH (n)<-[c:CRITICIZED]-()
         WHERE c.latest > n.latest
         RETURN c.latest
         ORDER BY c.latest DESC
       }) END AS criticizedUntil

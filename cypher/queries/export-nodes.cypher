// The nodes of a whole-graph export, grouped by main label (type) and in id order, each with its
// labels and all its properties; for a person also the faction they belonged to (the earliest
// attested membership that can overlap the window). $sources: whether Source nodes are included;
// $from/$to (dates, or null for an open end) keep only nodes whose [earliest, latest] can overlap
// that window (a node without dates stays).
// For a faction criticized after its end (the 11th Congress on the former Workers' Opposition),
// criticizedUntil is the latest day of its last criticism: the GEXF timeline keeps it to then.
// In Neo4j Browser:
//   :param sources => false
//   :param from => date('1921-01-01')
//   :param to => date('1921-12-31')
MATCH (n:Entity)
WHERE ($sources OR NOT n:Source)
  AND ($to IS NULL OR n.earliest IS NULL OR n.earliest <= $to)
  AND ($from IS NULL OR n.latest IS NULL OR n.latest >= $from)
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

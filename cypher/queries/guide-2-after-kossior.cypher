// What followed Kossior's complaint: his penalties in the 24 months after it (none), what the
// source says about the aftermath, and his later penalties for comparison.
// :param criticism => 'kossior-1922-congress-11'
MATCH (p:Person)-[:MADE]->(c:Criticism {id: $criticism})
OPTIONAL MATCH (c)-[a:CITES {aspect: 'aftermath'}]->(s:Source)
WITH p, c, c.latest + duration({months: 24}) AS windowEnd, collect(a.quote + ' (' + s.title + ')') AS aftermath
OPTIONAL MATCH (p)-[:RECEIVED]->(pen:Penalty {outcome: 'APPLIED'})
WHERE pen.earliest >= c.earliest
WITH p, c, windowEnd, aftermath, pen ORDER BY pen.earliest
WITH p, c, aftermath, windowEnd, collect(pen) AS penalties
RETURN p.name AS critic, c.quote AS complaint, aftermath,
       [x IN penalties WHERE x.earliest <= windowEnd | x.kind + ' ' + x.date] AS within24Months,
       [x IN penalties | x.kind + ' ' + x.date] AS later

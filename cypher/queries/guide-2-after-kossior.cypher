// What followed Kossior's complaint: his own penalties that can fall in the 24 months after it
// (none), what the source says about the aftermath, and his later penalties for comparison. As in
// docs/consequences.md: a penalty certainly before the criticism (its latest day before the
// criticism's earliest) never counts; the window runs from the criticism's latest day to the
// penalty's earliest; readmissions are :Reversal nodes, never penalties.
// :param criticism => 'kossior-1922-congress-11'
MATCH (p:Person)-[:MADE]->(c:Criticism {id: $criticism})
OPTIONAL MATCH (c)-[a:CITES {aspect: 'aftermath'}]->(s:Source)
WITH p, c, c.latest + duration({months: 24}) AS windowEnd, collect(a.quote + ' (' + s.title + ')') AS aftermath
OPTIONAL MATCH (p)-[:RECEIVED]->(pen:Penalty {outcome: 'APPLIED'})
WHERE coalesce(pen.latest, c.earliest) >= c.earliest
WITH p, c, windowEnd, aftermath, pen ORDER BY coalesce(pen.earliest, pen.latest)
WITH p, c, aftermath, windowEnd, collect(pen) AS penalties
RETURN p.name AS critic, c.quote AS complaint, aftermath,
       [x IN penalties WHERE coalesce(x.earliest, c.latest) <= windowEnd | x.kind + ' ' + x.date] AS within24Months,
       [x IN penalties | x.kind + ' ' + x.date] AS later

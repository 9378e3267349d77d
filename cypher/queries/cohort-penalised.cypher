// The persons a meeting penalised (applied penalties decided at it; readmissions are :Reversal nodes,
// never penalties), entering the cohort on the meeting's date, with the penalties as evidence.
// :param anchor => 'congress-15'
MATCH (m:Meeting {id: $anchor})
MATCH (p:Person)-[:RECEIVED]->(pen:Penalty {outcome: 'APPLIED'})-[:DECIDED_AT]->(m)
WITH m, p, collect(pen.id) AS penalties
RETURN p {.id, .type, .name} AS person, m.date AS date, m.earliest AS earliest, m.latest AS latest,
       penalties AS evidence
ORDER BY person.id

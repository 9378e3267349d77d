// Who criticized whom at the Eleventh Congress (March–April 1922): each criticism made there,
// its critics, its targets and its words.
// :param congress => 'congress-11'
MATCH (m:Meeting {id: $congress})<-[:AT]-(c:Criticism)
MATCH (critic)-[:MADE]->(c)-[:TARGETS]->(target)
RETURN critic.name AS critic, target.name AS target, c.date AS date, c.quote AS quote, c.id AS criticism
ORDER BY c.earliest, critic.name

// The criticisms a person made, oldest first.
// :param id => 'kossior-vladimir'
MATCH (p:Person {id: $id})-[:MADE]->(c:Criticism)
RETURN c.id AS id
ORDER BY c.earliest, c.id

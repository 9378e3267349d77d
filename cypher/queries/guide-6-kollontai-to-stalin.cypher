// The shortest path from Kollontai to Stalin over relationships between actors (criticisms,
// penalties, memberships), never through sources.
// :param from => 'kollontai-alexandra'
// :param to => 'stalin-joseph'
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH path = shortestPath((a)-[:CRITICIZED|MADE|TARGETS|RECEIVED|IMPOSED_BY|FROM|TO|MEMBER_OF|DECIDED|GROUNDS*..8]-(b))
RETURN path

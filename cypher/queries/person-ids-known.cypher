// Which of the given ids are persons (to refuse a filter naming nobody).
// In Neo4j Browser:
//   :param ids => ['shlyapnikov-alexander', 'nobody']
MATCH (p:Person)
WHERE p.id IN $ids
RETURN p.id AS id

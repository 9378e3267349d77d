// Faction membership in mid-1921: memberships whose dates can include the day (the service's
// /api/snapshot says which hold certainly and which only possibly).
// :param at => date('1921-06-01')
MATCH (p:Person)-[m:MEMBER_OF]->(g:Faction)
WHERE (m.earliest IS NULL OR m.earliest <= $at) AND (m.latest IS NULL OR m.latest >= $at)
RETURN g.name AS faction, collect(p.name + ' (' + m.role + ', ' + coalesce(m.date, 'undated') + ')') AS members
ORDER BY faction

// The members of a faction or organ: every membership, with its dates as written (the entry is the
// start of the interval), and the group's own active dates for memberships that give no start.
// With $atEarliest/$atLatest, only memberships whose dates can include that day (open ends stay open).
// :param anchor => 'workers-opposition'
// :param label => 'Faction'
// :param atEarliest => null
// :param atLatest => null
MATCH (g:Entity {id: $anchor})
WHERE $label IN labels(g)
MATCH (p:Person)-[m:MEMBER_OF]->(g)
WHERE $atEarliest IS NULL
   OR (coalesce(m.earliest, $atLatest) <= $atLatest AND $atEarliest <= coalesce(m.latest, $atEarliest))
RETURN p {.id, .type, .name} AS person, m.date AS date, m.earliest AS earliest, m.latest AS latest,
       g.active AS groupActive, g.id AS evidence
ORDER BY person.id

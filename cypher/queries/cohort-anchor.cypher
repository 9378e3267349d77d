// The node a cohort is defined by, if it exists with the label the cohort's kind needs.
// :param anchor => 'declaration-of-46'
// :param label => 'Document'
MATCH (n:Entity {id: $anchor})
WHERE $label IN labels(n)
RETURN n {.id, .type, name: coalesce(n.name, n.title)} AS anchor, n.date AS date, n.earliest AS earliest,
       n.latest AS latest, coalesce(n.active, n.date) AS text

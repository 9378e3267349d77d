// The sources behind one claim: each source, its kind (primary, secondary, encyclopedia,
// web copy), the words it says, and the page.
// :param claim => 'trotsky-expulsion-1927'
MATCH (c:Entity {id: $claim})-[r:CITES]->(s:Source)
RETURN c.name AS claim, c.status AS status, s.title AS source, s.kind AS kind, s.url AS url,
       r.quote AS says, r.page AS page, r.aspect AS about

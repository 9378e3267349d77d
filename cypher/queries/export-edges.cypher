// The relationships of a whole-graph export, grouped by type and in id order: those whose two ends
// the export holds (see export-nodes.cypher) and whose own [earliest, latest] can overlap the
// window $from/$to (dates, or null for an open end; a relationship without dates stays).
// In Neo4j Browser:
//   :param sources => false
//   :param from => date('1921-01-01')
//   :param to => date('1921-12-31')
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($sources OR (NOT a:Source AND NOT b:Source))
  AND ($to IS NULL OR ((a.earliest IS NULL OR a.earliest <= $to) AND (b.earliest IS NULL OR b.earliest <= $to)
                       AND (r.earliest IS NULL OR r.earliest <= $to)))
  AND ($from IS NULL OR ((a.latest IS NULL OR a.latest >= $from) AND (b.latest IS NULL OR b.latest >= $from)
                         AND (r.latest IS NULL OR r.latest >= $from)))
WITH a, r, b
ORDER BY type(r), r.id
RETURN coalesce(r.id, elementId(r)) AS id,
       a.id AS source,
       b.id AS target,
       type(r) AS type,
       properties(r) AS properties

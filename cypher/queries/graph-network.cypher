// The network of the relationship types $rels: one row per relationship, with its two ends, its
// dates, and for CRITICIZED the criticism it is derived from (for MEMBER_OF the role). Never a
// Source node. $atEarliest/$atLatest (dates, or null for no date filter) keep only relationships
// whose [earliest, latest] range, and that of both their ends, can overlap them; a missing end is
// open. Serves the network view (GET /api/graph/network) and, without dates, the centrality measures.
// In Neo4j Browser:
//   :param rels => ['CRITICIZED', 'RECEIVED', 'IMPOSED_BY', 'FROM', 'TO', 'MEMBER_OF', 'DECIDED', 'GROUNDS']
//   :param atEarliest => date('1936-01-01')
//   :param atLatest => date('1938-12-31')
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $rels
  AND NOT a:Source AND NOT b:Source
  AND ($atLatest IS NULL OR ((r.earliest IS NULL OR r.earliest <= $atLatest)
                             AND (a.earliest IS NULL OR a.earliest <= $atLatest)
                             AND (b.earliest IS NULL OR b.earliest <= $atLatest)))
  AND ($atEarliest IS NULL OR ((r.latest IS NULL OR r.latest >= $atEarliest)
                               AND (a.latest IS NULL OR a.latest >= $atEarliest)
                               AND (b.latest IS NULL OR b.latest >= $atEarliest)))
RETURN a {.id, .type, .name} AS source,
       b {.id, .type, .name} AS target,
       coalesce(r.id, elementId(r)) AS id,
       type(r) AS type,
       r.date AS date,
       r.earliest AS earliest,
       r.latest AS latest,
       r.criticismId AS criticismId,
       r.role AS role
ORDER BY a.id, b.id, id

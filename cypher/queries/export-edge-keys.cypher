// The property names of the relationships a whole-graph export holds, with the Neo4j type of their
// values, per relationship type. A relationship is held when both its ends are (see
// export-nodes.cypher) and its own [earliest, latest] can overlap the window $from/$to.
// Unordered on purpose: ORDER BY here makes the planner sort every node-key pair before DISTINCT.
// In Neo4j Browser:
//   :param sources => false
//   :param from => null
//   :param to => null
MATCH (a:Entity)-[r]->(b:Entity)
WHERE ($sources OR (NOT a:Source AND NOT b:Source))
  AND ($to IS NULL OR ((a.earliest IS NULL OR a.earliest <= $to) AND (b.earliest IS NULL OR b.earliest <= $to)
                       AND (r.earliest IS NULL OR r.earliest <= $to)))
  AND ($from IS NULL OR ((a.latest IS NULL OR a.latest >= $from) AND (b.latest IS NULL OR b.latest >= $from)
                         AND (r.latest IS NULL OR r.latest >= $from)))
UNWIND keys(r) AS key
RETURN DISTINCT type(r) AS type, key, valueType(r[key]) AS valueType

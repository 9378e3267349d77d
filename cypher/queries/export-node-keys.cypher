// The property names of the nodes a whole-graph export holds, with the Neo4j type of their values,
// per main label (type): the columns of every export format, known before the first node is
// written. $sources: whether Source nodes are included; $from/$to (dates, or null for an open end)
// keep only nodes whose [earliest, latest] can overlap that window (a node without dates stays).
// Unordered on purpose: ORDER BY here makes the planner sort every node-key pair before DISTINCT.
// In Neo4j Browser:
//   :param sources => false
//   :param from => null
//   :param to => null
MATCH (n:Entity)
WHERE ($sources OR NOT n:Source)
  AND ($to IS NULL OR n.earliest IS NULL OR n.earliest <= $to)
  AND ($from IS NULL OR n.latest IS NULL OR n.latest >= $from)
UNWIND keys(n) AS key
RETURN DISTINCT n.type AS type, key, valueType(n[key]) AS valueType

// All shortest paths of at most $maxLength (<= 10) steps from $from to $to over the relationship
// types $rels, never through Source nodes; $atEarliest/$atLatest (or null) keep only relationships
// and nodes (other than the two ends) whose range can overlap that date. At most $limit paths, in a
// stable order. One row per step: the path's number, the step's number, its ends in path order,
// the relationship, its date (or that of the criticism, penalty or vote it touches), a quote and
// the citations (CITES of that criticism, penalty or vote; the sourceIds of a MEMBER_OF).
// Never through a supernode (more than $hubDegree relationships, such as an organ with a member per
// person), as ego views: every two members are two steps apart through it, and the search from
// both ends crossed it into most of the graph (p99 2-10 s at 10k persons, timeouts at 8 clients).
// In Neo4j Browser:
//   :param from => 'kollontai-alexandra'
//   :param to => 'stalin-joseph'
//   :param rels => ['CRITICIZED', 'MADE', 'TARGETS', 'RECEIVED', 'IMPOSED_BY', 'FROM', 'TO', 'MEMBER_OF', 'DECIDED', 'GROUNDS']
//   :param maxLength => 6
//   :param atEarliest => null
//   :param atLatest => null
//   :param limit => 10
//   :param hubDegree => 2000
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = ALL SHORTEST (a) ((x:Entity)-[r]-(y:Entity)
    WHERE type(r) IN $rels
      AND NOT y:Source
      AND ($atLatest IS NULL OR r.earliest IS NULL OR r.earliest <= $atLatest)
      AND ($atEarliest IS NULL OR r.latest IS NULL OR r.latest >= $atEarliest)
      AND (y.id = $to OR (
        ($atLatest IS NULL OR y.earliest IS NULL OR y.earliest <= $atLatest)
        AND ($atEarliest IS NULL OR y.latest IS NULL OR y.latest >= $atEarliest)
        AND COUNT { (y)--() } <= $hubDegree))
  ){1,10} (b)
WHERE length(p) <= $maxLength
WITH p LIMIT 1000
WITH p, reduce(key = '', r IN relationships(p) | key + coalesce(r.id, elementId(r)) + '>') AS key
ORDER BY key
LIMIT $limit
WITH collect(p) AS paths
UNWIND range(0, size(paths) - 1) AS pathIndex
WITH pathIndex, paths[pathIndex] AS p
UNWIND range(0, length(p) - 1) AS stepIndex
WITH pathIndex, stepIndex, nodes(p)[stepIndex] AS x, nodes(p)[stepIndex + 1] AS y, relationships(p)[stepIndex] AS r
WITH pathIndex, stepIndex, x, y, r,
     head([n IN [x, y] WHERE n:Criticism OR n:Penalty OR n:Vote]) AS event,
     CASE WHEN type(r) = 'CRITICIZED' THEN [r.criticismId]
          ELSE [n IN [x, y] WHERE n:Criticism OR n:Penalty OR n:Vote | n.id] END AS eventIds
RETURN pathIndex,
       stepIndex,
       x {.id, .type, .name} AS from,
       y {.id, .type, .name} AS to,
       type(r) AS type,
       coalesce(r.id, elementId(r)) AS relationshipId,
       startNode(r) = x AS forward,
       CASE WHEN r.date IS NOT NULL OR r.earliest IS NOT NULL THEN r {.date, .earliest, .latest, .precision}
            WHEN event IS NOT NULL THEN event {.date, .earliest, .latest, .precision} END AS date,
       coalesce(r.quote, event.quote) AS quote,
       COLLECT {
         UNWIND eventIds AS eventId
         MATCH (:Entity {id: eventId})-[c:CITES]->(s:Source)
         RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                 quote: c.quote, page: c.page, aspect: c.aspect} AS citation
         ORDER BY eventId, s.id, c.aspect
       } + COLLECT {
         UNWIND coalesce(r.sourceIds, []) AS sourceId
         MATCH (s:Source {id: sourceId})
         RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                 quote: r.quote, page: r.page} AS citation
         ORDER BY s.id
       } AS citations
ORDER BY pathIndex, stepIndex

// What followed a criticism for its critics: penalties a source ties to it (GROUNDS), the critics'
// other penalties within the window after it, and penalties proposed but not applied, with votes.
// :param id => 'kossior-1922-congress-11'
// :param windowMonths => 24
MATCH (c:Criticism {id: $id})
WITH c, c.latest + duration({months: $windowMonths}) AS windowEnd
MATCH (critic:Person)-[:MADE]->(c)
// The critic's penalties, read from the critic: as a plain MATCH, with index statistics taken
// while the store was empty (right after a first import), the planner scanned the Penalty(kind)
// index and hash-joined it (80 ms instead of 7 at 10k persons; every penalty at 1M).
CALL (critic, c, windowEnd) {
  MATCH (critic)-[:RECEIVED]->(p:Penalty)
  WHERE p.kind <> 'READMISSION'
    AND (EXISTS { (p)-[:GROUNDS]->(c) }
         OR (p.latest >= c.earliest AND p.earliest <= windowEnd))
  RETURN p
}
RETURN critic {.id, .type, .name} AS person,
       p {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .decisionDate, .effectiveDate, .summary,
          .confidence, .status} AS penalty,
       EXISTS { (p)-[:GROUNDS]->(c) } AS documented,
       duration.inDays(c.earliest, p.earliest).days AS lagDays,
       duration.inDays(c.latest, p.earliest).days AS lagMinDays,
       duration.inDays(c.earliest, p.latest).days AS lagMaxDays,
       COLLECT { MATCH (p)-[r:CITES]->(s:Source)
                 RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                         quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id } AS citations,
       COLLECT { MATCH (v:Vote)-[:DECIDED]->(p)
                 RETURN v {.id, .date, .votesFor, .votesAgainst, .abstained, .present, .entitled, .result, .summary} } AS votes
ORDER BY p.earliest, p.id

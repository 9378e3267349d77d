// The rule checks: every decision governed by a procedural rule (point 7 of "On Party Unity":
// two thirds of a joint plenum to expel a Central Committee member) with its recorded vote.
// The service's /api/rules/checks adds the verdict (SATISFIED, BLOCKED, VIOLATED, UNKNOWN).
MATCH (person)-[:RECEIVED]->(p:Penalty)-[:GOVERNED_BY]->(r:Rule)
OPTIONAL MATCH (v:Vote)-[:DECIDED]->(p)
RETURN person.name AS person, p.kind AS penalty, p.outcome AS outcome, p.date AS date,
       r.thresholdNum + '/' + r.thresholdDen + ' of ' + r.counts AS threshold,
       v.votesFor AS votesFor, v.votesAgainst AS votesAgainst, v.present AS present, v.result AS result
ORDER BY p.earliest

// The Workers' Opposition: its members and leaders, and every penalty each of them received,
// in date order (applied and averted), and the readmissions and rehabilitations (:Reversal nodes,
// never penalties) that undid them, marked as reversals.
// :param faction => 'workers-opposition'
MATCH (f:Faction {id: $faction})<-[m:MEMBER_OF]-(p:Person)
CALL (p) {
  OPTIONAL MATCH (p)-[:RECEIVED]->(pen:Penalty)
  RETURN pen.earliest AS day, pen.kind + ' ' + pen.date + CASE WHEN pen.outcome = 'APPLIED' THEN '' ELSE ' (proposed, not applied)' END AS fate
  UNION ALL
  OPTIONAL MATCH (r:Reversal)-[:RESTORES]->(p)
  RETURN r.earliest AS day, r.kind + ' ' + r.date + ' (reversal)' AS fate
}
WITH p, m, day, fate ORDER BY day
RETURN p.name AS member, m.role AS role, p.born AS born, p.died AS died, collect(fate) AS fates
ORDER BY member

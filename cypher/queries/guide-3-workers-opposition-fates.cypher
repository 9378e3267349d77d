// The Workers' Opposition: its members and leaders, and every penalty each of them received,
// in date order (applied and averted); readmissions are marked as reversals, not penalties.
// :param faction => 'workers-opposition'
MATCH (f:Faction {id: $faction})<-[m:MEMBER_OF]-(p:Person)
OPTIONAL MATCH (p)-[:RECEIVED]->(pen:Penalty)
WITH p, m, pen ORDER BY pen.earliest
RETURN p.name AS member, m.role AS role, p.born AS born, p.died AS died,
       collect(pen.kind + ' ' + pen.date + CASE WHEN pen.kind IN ['READMISSION', 'REHABILITATION'] THEN ' (reversal)' WHEN pen.outcome = 'APPLIED' THEN '' ELSE ' (proposed, not applied)' END) AS fates
ORDER BY member

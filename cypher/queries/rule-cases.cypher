// Every decision a procedural rule governs (one row per penalty, rule and recipient, oldest first),
// for /api/rules/checks: its coverage and its pages. A case is
//   - a penalty the data marks as governed by the rule (governed_by), or
//   - a penalty of a kind the rule applies to, received by a member or candidate of one of
//     $protectedOrgans (the Central Committee, the Control Commission) at the time — per
//     memberships.csv, or because the penalty removed the person from that organ — and decided by a
//     meeting of $plenumOrgan (a plenum, a joint plenum with the Control Commission, or a session such
//     as the joint CC-CCC session of 14 November 1927), or by a body the data does not name (a removal
//     from the CC between congresses was a plenum's); a congress's or conference's own decisions are
//     outside it.
// inForce: false when the decision is certainly outside the rule's in_force range; withVote: a vote
// of the deciding body is recorded (a commission's vote only recommends, so it does not count).
// In Neo4j Browser:
//   :param protectedOrgans => ['central-committee', 'central-control-commission']
//   :param plenumOrgan => 'central-committee'
MATCH (rule:Rule)
CALL (rule) {
    MATCH (person:Entity)-[:RECEIVED]->(p:Penalty)-[:GOVERNED_BY]->(rule)
    RETURN p, person
  UNION
    MATCH (o:Organ)<-[:FROM]-(p:Penalty)<-[:RECEIVED]-(person:Person)
    WHERE o.id IN $protectedOrgans AND p.kind IN rule.appliesTo
    RETURN p, person
  UNION
    MATCH (o:Organ)<-[m:MEMBER_OF]-(person:Person)-[:RECEIVED]->(p:Penalty)
    WHERE o.id IN $protectedOrgans AND p.kind IN rule.appliesTo AND m.role IN ['member', 'candidate']
      AND (m.earliest IS NULL OR p.latest IS NULL OR m.earliest <= p.latest)
      AND (m.latest IS NULL OR p.earliest IS NULL OR m.latest >= p.earliest)
    RETURN p, person
}
WITH rule, p, person
WHERE EXISTS { (p)-[:GOVERNED_BY]->(rule) }
   OR (NOT EXISTS { (p)-[:DECIDED_AT]->(:Congress) }
       AND (EXISTS { (p)-[:DECIDED_AT]->(:Meeting)-[:OF]->(c:Organ) WHERE c.id = $plenumOrgan }
            OR (NOT EXISTS { (p)-[:DECIDED_AT]->() }
                AND EXISTS { (p)-[:FROM]->(f:Organ) WHERE f.id IN $protectedOrgans })))
RETURN p.id AS penaltyId,
       rule.id AS ruleId,
       person.id AS personId,
       NOT ((rule.latest IS NOT NULL AND p.earliest IS NOT NULL AND p.earliest > rule.latest)
            OR (rule.earliest IS NOT NULL AND p.latest IS NOT NULL AND p.latest < rule.earliest)) AS inForce,
       EXISTS { MATCH (v:Vote)-[:DECIDED]->(p) WHERE v.method IS NULL OR v.method <> 'commission-vote' } AS withVote
ORDER BY p.earliest, p.id, rule.id, person.id

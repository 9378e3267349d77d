// The rule checks: every case that rule-cases.cypher (and so /api/rules/checks) checks, by the
// same selection — the penalties marked governed_by a rule, and every penalty of a kind a rule
// applies to (point 7 of "On Party Unity": expelling or demoting a member or candidate of the
// Central Committee, or a member of the Control Commission) received by such a member and decided
// by a meeting of the CC (plenum, joint plenum or session) or by a body the data does not name; a
// congress's own decisions are outside.
// Each with whether the rule was in force then and the deciding body's last recorded vote, if any;
// the service adds the verdict (SATISFIED, BLOCKED, VIOLATED, UNKNOWN, RULE_NOT_IN_FORCE).
// :param protectedOrgans => ['central-committee', 'central-control-commission']
// :param plenumOrgan => 'central-committee'
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
WITH rule, p, person,
     head(COLLECT { MATCH (v:Vote)-[:DECIDED]->(p)
                    WHERE v.method IS NULL OR v.method <> 'commission-vote'
                    RETURN v ORDER BY v.earliest DESC }) AS v
ORDER BY p.earliest, p.id, rule.id, person.id
RETURN person.name AS person, p.kind AS penalty, p.outcome AS outcome, p.date AS date, p.id AS penaltyId,
       rule.id AS rule,
       NOT ((rule.latest IS NOT NULL AND p.earliest IS NOT NULL AND p.earliest > rule.latest)
            OR (rule.earliest IS NOT NULL AND p.latest IS NOT NULL AND p.latest < rule.earliest)) AS inForce,
       v.votesFor AS votesFor, v.votesAgainst AS votesAgainst, v.present AS present, v.method AS method

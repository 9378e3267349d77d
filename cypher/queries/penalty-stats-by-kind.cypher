// Applied penalties per kind (EXPULSION, EXILE...): each counted once, so the counts add up to the
// total. Variants of another penalty are not counted twice; readmissions and rehabilitations are
// reversals, not penalties.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
  AND NOT p.kind IN ['READMISSION', 'REHABILITATION']
RETURN p.kind AS key, null AS name, count(p) AS count
ORDER BY count DESC, key

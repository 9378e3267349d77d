// Applied penalties per kind (EXPULSION, EXILE...): each counted once, so the counts add up to the
// total. Variants of another penalty are not counted twice; readmissions and rehabilitations are
// :Reversal nodes, never penalties.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
RETURN p.kind AS key, null AS name, count(p) AS count
ORDER BY count DESC, key

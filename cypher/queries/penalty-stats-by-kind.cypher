// Applied penalties per kind (EXPULSION, EXILE...); variants of another penalty are not counted twice.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
RETURN p.kind AS key, null AS name, count(p) AS count
ORDER BY count DESC, key

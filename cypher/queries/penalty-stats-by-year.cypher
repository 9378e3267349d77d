// Applied penalties per year of their earliest date (decision, or effect where no decision date
// is known); variants of another penalty are not counted twice.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
  AND p.earliest IS NOT NULL
RETURN toString(p.earliest.year) AS key, null AS name, count(p) AS count
ORDER BY key

// Penalties by kind and year: applied penalties only (proposals that failed do not count),
// one dating of each (variants kept beside a claim are not counted twice).
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE p.earliest IS NOT NULL AND NOT (p)-[:VARIANT_OF]->()
RETURN p.earliest.year AS year, p.kind AS kind, count(*) AS penalties
ORDER BY year, kind

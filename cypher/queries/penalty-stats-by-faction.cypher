// Applied penalties per faction their person belonged to (MEMBER_OF, at any time): a penalty counts
// once under each of the person's factions, and under 'none' when no membership is recorded, so
// these buckets overlap (penalty-stats-faction-overlap.cypher says by how much). Variants are not
// counted twice; readmissions and rehabilitations are :Reversal nodes, never penalties.
MATCH (person:Person)-[:RECEIVED]->(p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
OPTIONAL MATCH (person)-[:MEMBER_OF]->(f:Faction)
WITH DISTINCT p, f
RETURN coalesce(f.id, 'none') AS key, coalesce(f.name, 'no faction recorded') AS name, count(p) AS count
ORDER BY count DESC, key

// How far the by=faction buckets overlap: how many of the counted penalties fall to a person of more
// than one faction (each then counted under every one of them), and how many countings that adds.
MATCH (person:Person)-[:RECEIVED]->(p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
WITH p, size(COLLECT { MATCH (person)-[:MEMBER_OF]->(f:Faction) RETURN DISTINCT f.id }) AS factions
RETURN count(CASE WHEN factions > 1 THEN p END) AS overlapping,
       coalesce(sum(CASE WHEN factions > 1 THEN factions - 1 ELSE 0 END), 0) AS extra

// How many penalties were applied: the one total every by= answer carries. Proposed-but-not-applied
// penalties never count; a penalty kept as a variant of another (VARIANT_OF, e.g. a second dating
// of the same expulsion) is not counted a second time; readmissions and rehabilitations are
// :Reversal nodes, never penalties.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
RETURN count(p) AS total

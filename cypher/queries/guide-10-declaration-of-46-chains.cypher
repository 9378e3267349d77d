// The Declaration of the 46 (15 October 1923) and what became of its signatories: everyone who
// signed it (signatures.csv, the derived SIGNED, with the list and any reservation) or is listed among
// its authors, their death, and their applied penalties and their reversals (readmissions,
// rehabilitations) in date order; one dating of each.
// :param document => 'declaration-of-46'
MATCH (d:Document {id: $document})
MATCH (p:Person)
WHERE (p)-[:SIGNED]->(d) OR (p)-[:AUTHORED]->(d)
CALL (p) {
  OPTIONAL MATCH (p)-[:RECEIVED]->(pen:Penalty {outcome: 'APPLIED'})
  WHERE NOT (pen)-[:VARIANT_OF]->()
  RETURN pen.earliest AS day, pen.kind + ' ' + pen.date AS fate
  UNION ALL
  OPTIONAL MATCH (r:Reversal)-[:RESTORES]->(p)
  WHERE NOT (r)-[:VARIANT_OF]->()
  RETURN r.earliest AS day, r.kind + ' ' + r.date + ' (reversal)' AS fate
}
WITH d, p, day, fate
ORDER BY day
RETURN p.name AS signatory, p.died AS died,
       [(p)-[s:SIGNED]->(d) | s.list][0] AS list,
       [(p)-[s:SIGNED]->(d) | s.reservation][0] AS reservation,
       collect(fate) AS fates
ORDER BY signatory

// The fates of a cohort: the signatories of the Declaration of the 46 (15 October 1923), each with the
// first arrest and the execution after it and the months from the Declaration to each (from the
// earliest day of each date, as the API's primary curves). Every row opens in Browser: click a name.
// The same answer, with Kaplan–Meier and cumulative-incidence curves and a comparison, is
// GET /api/cohorts/signed:declaration-of-46/fates and the page's Fates view (docs/fates.md).
// :param document => 'declaration-of-46'
MATCH (d:Document {id: $document})<-[:SIGNED|AUTHORED]-(p:Person)
OPTIONAL MATCH (p)-[:RECEIVED]->(a:Penalty {kind: 'ARREST', outcome: 'APPLIED'})
  WHERE NOT (a)-[:VARIANT_OF]->() AND a.latest >= d.earliest
WITH d, p, a ORDER BY a.earliest
WITH d, p, head(collect(a)) AS arrest
OPTIONAL MATCH (p)-[:RECEIVED]->(e:Penalty {kind: 'EXECUTION', outcome: 'APPLIED'})
  WHERE NOT (e)-[:VARIANT_OF]->()
WITH d, p, arrest, head(collect(e)) AS execution
RETURN p.name AS signatory, p.died AS died,
       arrest.date AS arrested,
       duration.inMonths(d.latest, arrest.earliest).months AS monthsToArrest,
       execution.date AS executed,
       duration.inMonths(d.latest, execution.earliest).months AS monthsToExecution
ORDER BY monthsToExecution, signatory

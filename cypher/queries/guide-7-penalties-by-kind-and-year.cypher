// Penalties by kind and year: applied penalties only (proposals that failed do not count), one
// dating of each (variants kept beside a claim are not counted twice), readmissions and rehabilitations
// are :Reversal nodes, never penalties). The year is the one the source gives (1921~ in 1921; an open start
// in the year of its latest date), as in GET /api/stats/penalties?by=year.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT (p)-[:VARIANT_OF]->()
WITH p, CASE WHEN p.date IS NOT NULL AND p.date =~ '[0-9]{4}.*' THEN toInteger(substring(p.date, 0, 4)) END AS given
WITH p, coalesce(given, p.earliest.year, p.latest.year) AS year
WHERE year IS NOT NULL
RETURN year, p.kind AS kind, count(*) AS penalties
ORDER BY year, kind

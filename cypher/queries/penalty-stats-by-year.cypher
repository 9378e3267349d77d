// Applied penalties per year, each counted once, so the counts add up to the total. The year is the
// one the source gives at the start of the penalty's date (decision, or effect where no decision
// date is known): '1921~' (about 1921) counts in 1921, not in 1920 where its widened range begins;
// '1927/1928' in 1927. An open start ('../1922-03-28') counts in the year of its latest date; a
// penalty with no date at all under 'undated'. Variants are not counted twice; readmissions and
// rehabilitations are :Reversal nodes, never penalties.
MATCH (p:Penalty {outcome: 'APPLIED'})
WHERE NOT EXISTS { (p)-[:VARIANT_OF]->(:Penalty) }
WITH p,
     CASE WHEN p.date IS NOT NULL AND p.date =~ '[0-9]{4}.*' THEN toInteger(substring(p.date, 0, 4)) END AS given
WITH coalesce(given, p.earliest.year, p.latest.year) AS year, p
RETURN coalesce(toString(year), 'undated') AS key, null AS name, count(p) AS count
ORDER BY key

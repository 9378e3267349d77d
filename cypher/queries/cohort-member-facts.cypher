// What the fates of a cohort's members rest on, for any number of members in one statement: the
// death date, every penalty (applied or not) with its dates and whether it is a second dating of
// another, then the reversals (readmissions, rehabilitations: :Reversal nodes, applied facts of their
// own kind), and the last day of the person's other dated facts (memberships, criticisms made,
// documents written or signed, readmissions), which ends the record; a rehabilitation, often
// posthumous, is no sign of life and does not count.
// Each member's relationships are walked once: a typed expansion walks all of a sparse node's
// relationships, so one per fact type cost five walks (docs/performance.md, "Cohort fates").
// :param ids => ['preobrazhensky-yevgeni', 'pyatakov-georgy']
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
CALL (p) {
  OPTIONAL MATCH (p)-[rel]-(x)
  WITH rel, x, type(rel) AS t, startNode(rel) = p AS out
  RETURN collect(CASE WHEN out AND t = 'RECEIVED' AND x:Penalty THEN x END) AS received,
         collect(CASE WHEN NOT out AND t = 'RESTORES' AND x:Reversal THEN x END) AS reversals,
         max(CASE
               WHEN out AND t IN ['RECEIVED', 'MADE', 'AUTHORED', 'SIGNED'] THEN coalesce(x.latest, x.earliest)
               WHEN NOT out AND t = 'RESTORES' AND x:Reversal AND x.kind = 'READMISSION'
                 THEN coalesce(x.latest, x.earliest)
               WHEN out AND t = 'MEMBER_OF' THEN coalesce(rel.latest, rel.earliest)
             END) AS last
}
RETURN p {.id, .type, .name, .died, .diedEarliest, .diedLatest, .diedPrecision} AS person,
       COLLECT {
         UNWIND received AS x
         RETURN x {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .summary,
                   variantOf: [(x)-[:VARIANT_OF]->(o:Penalty) | o.id][0]}
         ORDER BY coalesce(x.earliest, x.latest), x.id
       } + COLLECT {
         UNWIND reversals AS r
         RETURN r {.id, .kind, outcome: 'APPLIED', .date, .earliest, .latest, .precision, .summary,
                   variantOf: [(r)-[:VARIANT_OF]->(o:Reversal) | o.id][0]}
         ORDER BY coalesce(r.earliest, r.latest), r.id
       } AS penalties,
       last

// What the fates of a cohort's members rest on, for any number of members in one statement: the
// death date, every penalty (applied or not) with its dates and whether it is a second dating of
// another, then the reversals (readmissions, rehabilitations: :Reversal nodes, applied facts of their
// own kind), and the days of the person's other dated facts (memberships, criticisms made, documents
// written or signed, readmissions), whose last is the end of the record; a rehabilitation, often
// posthumous, is no sign of life and not among them.
// :param ids => ['preobrazhensky-yevgeni', 'pyatakov-georgy']
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN p {.id, .type, .name, .died, .diedEarliest, .diedLatest, .diedPrecision} AS person,
       COLLECT {
         MATCH (p)-[:RECEIVED]->(x:Penalty)
         RETURN x {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .summary,
                   variantOf: [(x)-[:VARIANT_OF]->(o:Penalty) | o.id][0]}
         ORDER BY coalesce(x.earliest, x.latest), x.id
       } + COLLECT {
         MATCH (r:Reversal)-[:RESTORES]->(p)
         RETURN r {.id, .kind, outcome: 'APPLIED', .date, .earliest, .latest, .precision, .summary,
                   variantOf: [(r)-[:VARIANT_OF]->(o:Reversal) | o.id][0]}
         ORDER BY coalesce(r.earliest, r.latest), r.id
       } AS penalties,
       [d IN [(p)-[:RECEIVED|MADE|AUTHORED|SIGNED]->(x) | coalesce(x.latest, x.earliest)]
             + [(r:Reversal {kind: 'READMISSION'})-[:RESTORES]->(p) | coalesce(r.latest, r.earliest)]
             + [(p)-[m:MEMBER_OF]->() | coalesce(m.latest, m.earliest)] WHERE d IS NOT NULL] AS days

// What the fates of a cohort's members rest on, for any number of members in one statement: the
// death date, every penalty (applied or not; readmissions and rehabilitations are reversals) with its
// dates and whether it is a second dating of another, and the days of the person's other dated facts
// (memberships, criticisms made, documents written or signed), whose last is the end of the record.
// :param ids => ['preobrazhensky-yevgeni', 'pyatakov-georgy']
UNWIND $ids AS pid
MATCH (p:Person {id: pid})
RETURN p {.id, .type, .name, .died, .diedEarliest, .diedLatest, .diedPrecision} AS person,
       COLLECT {
         MATCH (p)-[:RECEIVED]->(x:Penalty)
         RETURN x {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .summary,
                   variantOf: [(x)-[:VARIANT_OF]->(o:Penalty) | o.id][0]}
         ORDER BY coalesce(x.earliest, x.latest), x.id
       } AS penalties,
       [d IN [(p)-[:RECEIVED|MADE|AUTHORED|SIGNED]->(x) | coalesce(x.latest, x.earliest)]
             + [(p)-[m:MEMBER_OF]->() | coalesce(m.latest, m.earliest)] WHERE d IS NOT NULL] AS days

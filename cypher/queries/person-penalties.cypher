// Persons by id, each with their death date and every penalty they received (applied, averted
// alike), with the criticisms a source ties each to (GROUNDS), its sources and votes; then the
// reversals that restored them (readmissions, rehabilitations: :Reversal, never a penalty), as
// applied facts of their own kind.
// The consequence rules (docs/consequences.md) decide in Java which of these follow a criticism;
// this query only reads them, one statement for any number of criticisms.
// :param ids => ['shlyapnikov-alexander']
UNWIND $ids AS pid
MATCH (person:Person {id: pid})
RETURN person {.id, .type, .name, .died, .diedEarliest, .diedLatest, .diedPrecision} AS person,
       COLLECT {
         MATCH (person)-[:RECEIVED]->(p:Penalty)
         RETURN p {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .decisionDate, .effectiveDate,
                   .summary, .confidence, .status,
                   variantOf: COLLECT { MATCH (p)-[:VARIANT_OF]->(o:Penalty) RETURN o.id ORDER BY o.id },
                   grounds: COLLECT { MATCH (p)-[:GROUNDS]->(c:Criticism) RETURN c.id ORDER BY c.id },
                   citations: COLLECT {
                     MATCH (p)-[r:CITES]->(s:Source)
                     RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                             quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id, r.aspect },
                   votes: COLLECT {
                     MATCH (v:Vote)-[:DECIDED]->(p)
                     RETURN v {.id, .date, .method, .votesFor, .votesAgainst, .abstained, .present, .entitled,
                               .result, .summary} ORDER BY v.earliest, v.id }}
         ORDER BY coalesce(p.earliest, p.latest), p.id
       } + COLLECT {
         MATCH (r:Reversal)-[:RESTORES]->(person)
         RETURN r {.id, .kind, outcome: 'APPLIED', .date, .earliest, .latest, .precision, decisionDate: null,
                   effectiveDate: r.date, .summary, .confidence, .status,
                   variantOf: COLLECT { MATCH (r)-[:VARIANT_OF]->(o:Reversal) RETURN o.id ORDER BY o.id },
                   grounds: [],
                   citations: COLLECT {
                     MATCH (r)-[c:CITES]->(s:Source)
                     RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                             quote: c.quote, page: c.page, aspect: c.aspect} ORDER BY s.id, c.aspect },
                   votes: []}
         ORDER BY coalesce(r.earliest, r.latest), r.id
       } AS penalties
ORDER BY pid

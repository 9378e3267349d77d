// The details of one page of rule cases (rule-cases.cypher): each penalty with its recipient, the
// rule, its sources and the votes recorded on the decision (with how each was taken).
// In Neo4j Browser:
//   :param cases => [{penalty: 'shlyapnikov-expulsion-1921', rule: 'rule-point-7', person: 'shlyapnikov-alexander'}]
UNWIND $cases AS c
MATCH (p:Penalty {id: c.penalty})
MATCH (rule:Rule {id: c.rule})
MATCH (person:Entity {id: c.person})
OPTIONAL MATCH (rule)-[:DEFINED_IN]->(doc)
RETURN p {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .summary} AS penalty,
       person {.id, .type, .name} AS person,
       rule {.id, .name, .text, .body, .protects, .appliesTo, .thresholdNum, .thresholdDen, .counts, .inForce,
             .earliest, .latest} AS rule,
       doc {.id, .type, .name} AS document,
       EXISTS { (p)-[:DECIDED_AT]->() } AS bodyRecorded,
       COLLECT { MATCH (rule)-[r:CITES]->(s:Source)
                 RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                         quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id, r.quote } AS ruleCitations,
       COLLECT { MATCH (p)-[r:CITES]->(s:Source)
                 RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                         quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id, r.quote } AS penaltyCitations,
       COLLECT { MATCH (v:Vote)-[:DECIDED]->(p)
                 RETURN v {.id, .date, .earliest, .votesFor, .votesAgainst, .abstained, .present, .entitled, .result, .method,
                           .summary,
                           citations: COLLECT { MATCH (v)-[r:CITES]->(s:Source)
                                                RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url,
                                                        kind: s.kind, quote: r.quote, page: r.page, aspect: r.aspect} }}
                 ORDER BY v.earliest } AS votes

// One page of the penalties governed by a procedural rule (oldest first), with the rule, its sources,
// and the votes that decided it. The page is cut before the sources and votes are collected, so
// those are read for the page's rows only; the sort still reads every governed penalty (~80 ms a
// page at 1M generated persons).
// In Neo4j Browser:
//   :param skip => 0
//   :param limit => 100
MATCH (p:Penalty)-[:GOVERNED_BY]->(rule:Rule)
MATCH (person)-[:RECEIVED]->(p)
WITH p, rule, person
ORDER BY p.earliest, p.id, rule.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH (rule)-[:DEFINED_IN]->(doc)
RETURN p {.id, .kind, .outcome, .date, .earliest, .latest, .precision, .summary} AS penalty,
       person {.id, .type, .name} AS person,
       rule {.id, .name, .text, .body, .protects, .appliesTo, .thresholdNum, .thresholdDen, .counts} AS rule,
       doc {.id, .type, .name} AS document,
       COLLECT { MATCH (rule)-[r:CITES]->(s:Source)
                 RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                         quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id } AS ruleCitations,
       COLLECT { MATCH (p)-[r:CITES]->(s:Source)
                 RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                         quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id } AS penaltyCitations,
       COLLECT { MATCH (v:Vote)-[:DECIDED]->(p)
                 RETURN v {.id, .date, .earliest, .votesFor, .votesAgainst, .abstained, .present, .entitled, .result, .summary,
                           citations: COLLECT { MATCH (v)-[r:CITES]->(s:Source)
                                                RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url,
                                                        kind: s.kind, quote: r.quote, page: r.page, aspect: r.aspect} }}
                 ORDER BY v.earliest } AS votes
ORDER BY p.earliest, p.id, rule.id

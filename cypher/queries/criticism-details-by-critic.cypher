// The criticisms a person made, oldest first, with critics, targets, venue, document and sources
// (as criticism-details.cypher, in one statement).
// :param id => 'shlyapnikov-alexander'
MATCH (:Person {id: $id})-[:MADE]->(c:Criticism)
OPTIONAL MATCH (c)-[:AT]->(venue)
OPTIONAL MATCH (c)-[:IN]->(doc)
RETURN c {.id, .date, .earliest, .latest, .precision, .quote, .summary, .aftermath, .confidence, .status, .note} AS criticism,
       COLLECT { MATCH (k)-[:MADE]->(c) RETURN k {.id, .type, .name} ORDER BY k.id } AS critics,
       COLLECT { MATCH (c)-[:TARGETS]->(t) RETURN t {.id, .type, .name} ORDER BY t.id } AS targets,
       venue {.id, .type, .name} AS venue,
       doc {.id, .type, .name} AS document,
       COLLECT { MATCH (c)-[r:CITES]->(s:Source)
                 RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                         quote: r.quote, page: r.page, aspect: r.aspect} ORDER BY s.id } AS citations
ORDER BY c.earliest, c.id

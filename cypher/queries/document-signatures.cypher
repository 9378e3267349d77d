// A document and the signatures given on it (signatures.csv): who signed, when, on which list, with
// which reservation, with the sources; by signer's name. No row for an id that is not a document.
// :param id => 'declaration-of-46'
MATCH (d:Document {id: $id})
RETURN d {.id, .type, .name} AS document,
       COLLECT {
         MATCH (p:Person)-[:GAVE]->(s:Signature)-[:ON]->(d)
         RETURN s {.id, .date, .earliest, .latest, .precision, .list, .reservation, .confidence, .status, .note,
                   person: p {.id, .type, .name},
                   citations: COLLECT {
                     MATCH (s)-[c:CITES]->(src:Source)
                     RETURN {sourceId: src.id, title: src.title, author: src.author, url: src.url, kind: src.kind,
                             quote: c.quote, page: c.page, aspect: c.aspect} ORDER BY src.id }}
         ORDER BY p.name, s.id
       } AS signatures

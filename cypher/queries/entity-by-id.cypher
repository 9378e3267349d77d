// Any dataset node by its id: labels, own properties, date, the sources it cites, and its variants
// (claims kept side by side where sources disagree, VARIANT_OF in either direction).
// In Neo4j Browser:  :param id => 'kossior-vladimir'
MATCH (n:Entity {id: $id})
RETURN n.id AS id,
       n.type AS type,
       labels(n) AS labels,
       n.name AS name,
       properties(n) AS properties,
       n {.date, .earliest, .latest, .precision} AS when,
       COLLECT {
         MATCH (n)-[c:CITES]->(s:Source)
         RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                 quote: c.quote, page: c.page, aspect: c.aspect}
         ORDER BY s.id, c.id
       } AS citations,
       COLLECT {
         MATCH (n)-[:VARIANT_OF]-(v:Entity)
         RETURN DISTINCT v {.id, .type, .name}
         ORDER BY v.id
       } AS variants

// Penalties by id, in the order given: who received it, what and with what outcome, when it was
// decided and took effect, who imposed it where and under what, from what and to where, the
// criticisms or signatures it was for, the variants kept beside it, its sources, and for a
// sentence what and for how long, and the place where it happened.
// The service finds the ids with the filters of /api/penalties (Cypher-DSL, PenaltyFilter) and
// then runs this. In Neo4j Browser:
//   :param ids => ['trotsky-expulsion-1927', 'kossior-expulsion-1928']
UNWIND range(0, size($ids) - 1) AS i
MATCH (p:Penalty {id: $ids[i]})
RETURN p.id AS id,
       p.name AS name,
       [(person:Person)-[:RECEIVED]->(p) | person {.id, .type, .name}][0] AS person,
       p.kind AS kind,
       p.outcome AS outcome,
       p.status AS status,
       p.confidence AS confidence,
       p.summary AS summary,
       p.dateOriginal AS dateOriginal,
       p {.date, .earliest, .latest, .precision} AS when,
       {date: p.decisionDate, earliest: p.decisionDateEarliest, latest: p.decisionDateLatest,
        precision: p.decisionDatePrecision} AS decided,
       {date: p.effectiveDate, earliest: p.effectiveDateEarliest, latest: p.effectiveDateLatest,
        precision: p.effectiveDatePrecision} AS effective,
       COLLECT { MATCH (p)-[:IMPOSED_BY]->(o:Entity) RETURN o {.id, .type, .name} ORDER BY o.id } AS imposedBy,
       [(p)-[:DECIDED_AT]->(m:Entity) | m {.id, .type, .name}][0] AS decidedAt,
       [(p)-[:FROM]->(o:Entity) | o {.id, .type, .name}][0] AS from,
       [(p)-[:TO]->(pl:Entity) | pl {.id, .type, .name}][0] AS to,
       [(p)-[:UNDER]->(d:Entity) | d {.id, .type, .name}][0] AS under,
       [(p)-[:GOVERNED_BY]->(r:Entity) | r {.id, .type, .name}][0] AS governedBy,
       COLLECT { MATCH (p)-[:GROUNDS]->(c:Entity) RETURN c {.id, .type, .name} ORDER BY c.id } AS grounds,
       COLLECT { MATCH (p)-[:VARIANT_OF]-(v:Entity) RETURN DISTINCT v {.id, .type, .name} ORDER BY v.id } AS variants,
       COLLECT {
         MATCH (p)-[c:CITES]->(s:Source)
         RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                 quote: c.quote, page: c.page, aspect: c.aspect}
         ORDER BY s.id, c.id
       } AS citations,
       p.sentence AS sentence,
       p.term AS term,
       [(p)-[:AT_PLACE]->(pl:Entity) | pl {.id, .type, .name}][0] AS place
ORDER BY i

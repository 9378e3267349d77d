// One page of a node's relationships, with the total so a client can page through hubs.
// $types: relationship types to keep; an empty list means all but CITES (the citations come
// with the node itself). Each relationship comes with its own properties, its date and the
// evidence for it: for MEMBER_OF the sources named in sourceIds with the row's quote; for the
// derived CRITICIZED the citations of the criticism it comes from; for CITES the citation itself.
// In Neo4j Browser:
//   :param id => 'lenin-vladimir'
//   :param types => []
//   :param offset => 0
//   :param limit => 50
MATCH (n:Entity {id: $id})
RETURN
  COUNT {
    MATCH (n)-[r]-(:Entity)
    WHERE CASE WHEN size($types) = 0 THEN type(r) <> 'CITES' ELSE type(r) IN $types END
  } AS total,
  COLLECT {
    MATCH (n)-[r]-(o:Entity)
    WHERE CASE WHEN size($types) = 0 THEN type(r) <> 'CITES' ELSE type(r) IN $types END
    WITH n, r, o, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction
    ORDER BY type(r), direction, coalesce(r.earliest, r.latest, o.earliest, o.latest), o.id, r.id
    SKIP $offset
    LIMIT $limit
    RETURN {
      id: r.id,
      type: type(r),
      direction: direction,
      other: o {.id, .type, .name},
      properties: properties(r),
      when: r {.date, .earliest, .latest, .precision},
      citations: CASE type(r)
        WHEN 'MEMBER_OF' THEN COLLECT {
          UNWIND range(0, size(coalesce(r.sourceIds, [])) - 1) AS i
          MATCH (s:Source {id: r.sourceIds[i]})
          RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                  quote: r.quote, page: r.page, aspect: null}
          ORDER BY i
        }
        WHEN 'CRITICIZED' THEN COLLECT {
          MATCH (:Criticism {id: r.criticismId})-[c:CITES]->(s:Source)
          RETURN {sourceId: s.id, title: s.title, author: s.author, url: s.url, kind: s.kind,
                  quote: c.quote, page: c.page, aspect: c.aspect}
          ORDER BY s.id, c.id
        }
        WHEN 'CITES' THEN [{sourceId: o.id, title: o.title, author: o.author, url: o.url, kind: o.kind,
                            quote: r.quote, page: r.page, aspect: r.aspect}]
        ELSE []
      END
    } AS rel
  } AS rels

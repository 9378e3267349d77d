// The cohorts the data defines, each with its size (docs/fates.md): the signatories of a document
// (SIGNED, or listed among its authors), the members of a faction, the members of a party organ on
// the last day of each congress of its party (the organ the congress elected), and the persons a
// meeting penalised. Only cohorts of two or more persons are listed; any can be asked for by id.
CALL () {
  MATCH (d:Document)
  WITH d, COUNT { MATCH (p:Person)-[:SIGNED|AUTHORED]->(d) RETURN DISTINCT p } AS size
  WHERE size >= 2
  RETURN 'signed' AS kind, d {.id, .type, name: d.title} AS anchor, d.date AS date, d.earliest AS earliest,
         d.latest AS latest, null AS at, size
  UNION ALL
  MATCH (f:Faction)
  WITH f, COUNT { MATCH (p:Person)-[:MEMBER_OF]->(f) RETURN DISTINCT p } AS size
  WHERE size >= 2
  RETURN 'faction' AS kind, f {.id, .type, .name} AS anchor, f.active AS date, f.earliest AS earliest,
         f.latest AS latest, null AS at, size
  UNION ALL
  MATCH (c:Congress {kind: 'congress'})-[:OF]->(:Organ)<-[:PART_OF]-(o:Organ)
  WHERE c.latest IS NOT NULL
  WITH o, c.latest AS at
  WITH o, at, COUNT {
    MATCH (p:Person)-[m:MEMBER_OF]->(o)
    WHERE coalesce(m.earliest, at) <= at AND at <= coalesce(m.latest, at)
    RETURN DISTINCT p } AS size
  WHERE size >= 2
  RETURN 'organ' AS kind, o {.id, .type, .name} AS anchor, toString(at) AS date, at AS earliest, at AS latest,
         toString(at) AS at, size
  UNION ALL
  MATCH (m:Meeting)
  WITH m, COUNT {
    MATCH (p:Person)-[:RECEIVED]->(pen:Penalty {outcome: 'APPLIED'})-[:DECIDED_AT]->(m)
    RETURN DISTINCT p } AS size
  WHERE size >= 2
  RETURN 'penalised' AS kind, m {.id, .type, .name} AS anchor, m.date AS date, m.earliest AS earliest,
         m.latest AS latest, null AS at, size
}
RETURN kind, anchor, date, earliest, latest, at, size
ORDER BY kind, earliest, anchor.id

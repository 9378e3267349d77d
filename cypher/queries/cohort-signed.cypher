// The signatories of a document: persons who SIGNED it
// (derived from signatures.csv; the signature's own date where it has one) or are listed among its
// authors (the document's date). One row per person and way of signing; the evidence is the
// signature's id, or the document's for an author.
// :param anchor => 'declaration-of-46'
MATCH (d:Document {id: $anchor})
CALL (d) {
  MATCH (p:Person)-[s:SIGNED]->(d)
  RETURN p, coalesce(s.date, d.date) AS date, coalesce(s.earliest, d.earliest) AS earliest,
         coalesce(s.latest, d.latest) AS latest, coalesce(s.signatureId, d.id) AS evidence
  UNION
  MATCH (p:Person)-[:AUTHORED]->(d)
  RETURN p, d.date AS date, d.earliest AS earliest, d.latest AS latest, d.id AS evidence
}
RETURN p {.id, .type, .name} AS person, date, earliest, latest, evidence
ORDER BY person.id

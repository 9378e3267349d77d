// Issue #16: what undid a penalty (:Reversal), who signed what (:Signature), who accused whom
// (:Accusation). Each label keeps its own unique id, like the others (every node is also :Entity);
// the dates the page and the cohorts filter on are indexed; the full-text index of V0002 is
// recreated to search their summaries, reservations and the new nodes' names too.
CREATE CONSTRAINT reversal_id IF NOT EXISTS FOR (n:Reversal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT signature_id IF NOT EXISTS FOR (n:Signature) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT accusation_id IF NOT EXISTS FOR (n:Accusation) REQUIRE n.id IS UNIQUE;
CREATE INDEX reversal_earliest IF NOT EXISTS FOR (n:Reversal) ON (n.earliest);
CREATE INDEX reversal_kind IF NOT EXISTS FOR (n:Reversal) ON (n.kind);
CREATE INDEX accusation_earliest IF NOT EXISTS FOR (n:Accusation) ON (n.earliest);
CREATE INDEX accusation_role IF NOT EXISTS FOR (n:Accusation) ON (n.role);
CREATE INDEX penalty_sentence IF NOT EXISTS FOR (n:Penalty) ON (n.sentence);
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS
FOR (n:Person|Faction|Organ|Meeting|Place|Document|Criticism|Penalty|Reversal|Signature|Accusation|Purge|Rule|Statement|Source)
ON EACH [n.name, n.nameRu, n.aliasText, n.title, n.titleRu, n.quote, n.summary, n.description, n.reservation]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

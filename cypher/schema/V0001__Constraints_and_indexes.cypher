// Every dataset node carries :Entity and one id, unique across the graph; each label keeps its own
// unique constraint as well, so Browser users see them per label.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT faction_id IF NOT EXISTS FOR (n:Faction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organ_id IF NOT EXISTS FOR (n:Organ) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT criticism_id IF NOT EXISTS FOR (n:Criticism) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT penalty_id IF NOT EXISTS FOR (n:Penalty) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT vote_id IF NOT EXISTS FOR (n:Vote) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT purge_id IF NOT EXISTS FOR (n:Purge) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rule_id IF NOT EXISTS FOR (n:Rule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT import_id IF NOT EXISTS FOR (n:Import) REQUIRE n.id IS UNIQUE;
CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
CREATE INDEX import_dataset IF NOT EXISTS FOR (n:Import) ON (n.dataset, n.state);
CREATE INDEX criticism_earliest IF NOT EXISTS FOR (n:Criticism) ON (n.earliest);
CREATE INDEX penalty_earliest IF NOT EXISTS FOR (n:Penalty) ON (n.earliest);
CREATE INDEX penalty_kind IF NOT EXISTS FOR (n:Penalty) ON (n.kind);

package org.dissentgraph.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.dissentgraph.ingest.Kind;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/** The loaded dataset, checked in the database as a historian would meet it in Neo4j Browser. */
@MicronautTest
class DatasetIT extends DatabaseTest {

    @Inject
    Driver driver;

    private List<String> ids(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list(r -> r.get(0).asString()));
        }
    }

    @Test
    void every_claim_node_cites_a_source_and_every_membership_carries_its_sources() {
        assertThat(ids("MATCH (n:Entity) WHERE NOT n:Source AND NOT (n)-[:CITES]->(:Source) RETURN n.id"))
                .isEmpty();
        assertThat(
                        ids(
                                "MATCH (p)-[r:MEMBER_OF]->(g) WHERE size(coalesce(r.sourceIds, [])) = 0 OR r.quote IS NULL RETURN r.id"))
                .isEmpty();
        assertThat(
                        ids(
                                "MATCH ()-[r:MEMBER_OF]->() UNWIND r.sourceIds AS s WITH r, s WHERE NOT EXISTS { MATCH (:Source {id: s}) } RETURN r.id"))
                .isEmpty();
    }

    @Test
    void every_date_range_runs_forwards() {
        assertThat(ids("MATCH (n:Entity) WHERE n.earliest > n.latest RETURN n.id"))
                .isEmpty();
        assertThat(ids("MATCH ()-[r]->() WHERE r.earliest > r.latest RETURN r.id"))
                .isEmpty();
    }

    @Test
    void every_penalty_kind_and_outcome_is_in_the_vocabulary() {
        try (var session = driver.session()) {
            var kinds = session.executeRead(tx -> tx.run("MATCH (p:Penalty) RETURN collect(DISTINCT p.kind) AS k")
                    .single()
                    .get("k")
                    .asList(v -> v.asString()));
            assertThat(Kind.PENALTY_KINDS).containsAll(kinds);
        }
        assertThat(ids("MATCH (p:Penalty) WHERE NOT p.outcome IN ['APPLIED', 'PROPOSED_NOT_APPLIED'] RETURN p.id"))
                .isEmpty();
    }

    @Test
    void no_node_is_an_orphan() {
        assertThat(
                        ids(
                                "MATCH (n:Entity) WHERE NOT n:Source AND NOT EXISTS { (n)-[r]-() WHERE type(r) <> 'CITES' } RETURN n.id"))
                .isEmpty();
        assertThat(ids(
                        "MATCH (s:Source) WHERE NOT EXISTS { ()-[:CITES]->(s) } AND NOT EXISTS { MATCH ()-[r:MEMBER_OF]->() WHERE s.id IN r.sourceIds }"
                                + " AND NOT EXISTS { ()-[:COPY_OF]->(s) } RETURN s.id"))
                .isEmpty();
    }

    @Test
    void a_historian_can_follow_kossior_to_his_criticism_the_eleventh_congress_and_its_source() {
        assertThat(ids("""
                MATCH (:Person {id: 'kossior-vladimir'})-[:MADE]->(c:Criticism)-[:AT]->(m:Congress {number: 11}),
                      (c)-[:CITES]->(s:Source)
                WHERE c.quote STARTS WITH 'The administrative system of our Party'
                RETURN s.url""")).contains("https://www.globalsecurity.org/military/world/russia/cccp-history-purges.htm");
        assertThat(ids("MATCH (p:Penalty)-[:GROUNDS]->(:Criticism {id: 'kossior-1922-congress-11'}) RETURN p.id"))
                .isEmpty();
    }

    @Test
    void derived_criticized_edges_join_every_critic_to_every_target() {
        assertThat(ids("""
                MATCH (k)-[:MADE]->(c:Criticism)-[:TARGETS]->(t)
                WHERE NOT EXISTS { (k)-[x:CRITICIZED]->(t) WHERE x.criticismId = c.id }
                RETURN c.id""")).isEmpty();
        assertThat(ids("MATCH (:Person {id: 'kossior-vladimir'})-[r:CRITICIZED]->(:Organ) RETURN r.criticismId"))
                .contains("kossior-1922-congress-11");
    }

    @Test
    void the_party_is_an_organ_so_leaving_the_party_and_leaving_the_central_committee_differ() {
        assertThat(
                        ids(
                                "MATCH (p:Penalty {kind: 'EXPULSION'})-[:FROM]->(o:Organ {id: 'central-committee'}) RETURN p.id"))
                .isNotEmpty();
        assertThat(ids("MATCH (p:Penalty {kind: 'EXPULSION'})-[:FROM]->(o:Organ {id: 'rcp-b'}) RETURN p.id"))
                .isNotEmpty();
    }
}

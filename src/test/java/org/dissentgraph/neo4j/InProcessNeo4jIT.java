package org.dissentgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.support.TestNeo4j;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.ClientException;

@MicronautTest
class InProcessNeo4jIT extends DatabaseTest {

    @Inject
    Driver driver;

    @Test
    void neo4j_browser_is_served_and_an_outside_bolt_client_sees_the_loaded_nodes() throws Exception {
        Assumptions.assumeFalse(TestNeo4j.usesContainer(), "the Browser check is for the in-process server");
        HttpResponse<String> browser = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(TestNeo4j.httpUri().resolve("/browser/"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).containsIgnoringCase("<html").contains("Neo4j Browser");

        try (Driver outside = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none());
                var session = outside.session()) {
            long nodes = session.run("MATCH (n) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(nodes).isGreaterThan(100);
        }
    }

    @Test
    void graph_data_science_is_loaded_in_the_in_process_server_and_runs_an_algorithm() {
        Assumptions.assumeFalse(TestNeo4j.usesContainer(), "GDS is registered on the in-process server");
        try (Driver outside = GraphDatabase.driver(TestNeo4j.boltUri(), AuthTokens.none());
                var session = outside.session()) {
            assertThat(session.run("RETURN gds.version() AS v")
                            .single()
                            .get("v")
                            .asString())
                    .isEqualTo("2.13.9");
            long procedures = session.run(
                            "SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'gds.' RETURN count(*) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(procedures).isGreaterThan(300);
            // a Cypher projection and PageRank over it, as a Browser user would run them
            double lenin = session.run("MATCH (a:Person)-[:CRITICIZED]->(b:Person) "
                            + "WITH gds.graph.project('gds-loaded-it', a, b) AS g "
                            + "CALL gds.pageRank.stream(g.graphName) YIELD nodeId, score "
                            + "WITH gds.util.asNode(nodeId) AS n, score WHERE n.id = 'lenin-vladimir' "
                            + "RETURN score")
                    .single()
                    .get("score")
                    .asDouble();
            session.run("CALL gds.graph.drop('gds-loaded-it')").consume();
            assertThat(lenin).isPositive();
        }
    }

    @Test
    void a_write_inside_a_read_transaction_is_refused() {
        try (var session = driver.session()) {
            assertThatThrownBy(() -> session.executeRead(
                            tx -> tx.run("CREATE (:Intruder) RETURN 1").consume()))
                    .isInstanceOf(ClientException.class)
                    .hasMessageContaining("read");
            long intruders = session.executeRead(tx -> tx.run("MATCH (n:Intruder) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong());
            assertThat(intruders).isZero();
        }
    }

    @Test
    void the_schema_migrations_created_the_constraints_and_the_full_text_index() {
        try (var session = driver.session()) {
            var indexes = session.executeRead(tx -> tx.run("SHOW INDEXES YIELD name RETURN collect(name) AS names")
                    .single()
                    .get("names")
                    .asList(org.neo4j.driver.Value::asString));
            assertThat(indexes).contains("entity_id", "person_id", "entity_text", "penalty_kind");
            long applied = session.executeRead(
                    tx -> tx.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN count(m) AS n")
                            .single()
                            .get("n")
                            .asLong());
            assertThat(applied).isGreaterThanOrEqualTo(2);
        }
        // a restart skips neo4j-migrations only if the checksums it recorded are the ones computed from the files
        assertThat(SchemaMigrations.applied(driver))
                .as("versions and checksums neo4j-migrations recorded = those of cypher/schema/")
                .isEqualTo(SchemaMigrations.local())
                .hasSizeGreaterThanOrEqualTo(3);
        // what a file changed after it was applied looks like to that comparison: no match, so neo4j-migrations runs
        String checksum = SchemaMigrations.applied(driver).get("0002");
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run("MATCH (m:__Neo4jMigration {version: '0002'}) SET m.checksum = '1'")
                    .consume());
            assertThat(SchemaMigrations.applied(driver)).isNotEqualTo(SchemaMigrations.local());
        } finally {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run(
                                "MATCH (m:__Neo4jMigration {version: '0002'}) SET m.checksum = $c",
                                Map.of("c", checksum))
                        .consume());
            }
        }
        assertThat(SchemaMigrations.applied(driver)).isEqualTo(SchemaMigrations.local());
    }

    @Test
    void data_survives_a_restart_of_the_in_process_server(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        EmbeddedSettings settings =
                new EmbeddedSettings(home, "127.0.0.1", 0, 0, 16L << 20, Optional.empty(), "localhost", "");
        try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(settings);
                Driver client = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
                var session = client.session()) {
            session.executeWrite(tx -> tx.run("CREATE (:Kept {id: 'k'})").consume());
        }
        try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(settings);
                Driver client = GraphDatabase.driver(server.boltUri(), AuthTokens.none());
                var session = client.session()) {
            assertThat(session.run("MATCH (n:Kept) RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(1);
        }
        try (Stream<Path> leftovers = Files.list(home.resolve("harness"))) {
            assertThat(leftovers)
                    .as("the harness's throw-away folders are removed on close")
                    .isEmpty();
        }
    }

    @Test
    void a_bolt_port_in_use_is_named_in_one_clear_message(@org.junit.jupiter.api.io.TempDir Path home)
            throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0));
            int port = taken.getLocalPort();
            EmbeddedSettings settings =
                    new EmbeddedSettings(home, "127.0.0.1", port, 0, 16L << 20, Optional.empty(), "localhost", "");
            assertThatThrownBy(() -> EmbeddedNeo4jServer.start(settings))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessage(
                            "Neo4j Bolt port " + port + " on 127.0.0.1 is already in use (is Dissent Graph or another"
                                    + " Neo4j already running?). Stop it, or set NEO4J_BOLT_PORT to another port (0 picks a free one).");
        }
    }

    @Test
    void a_password_turns_authentication_on(@org.junit.jupiter.api.io.TempDir Path home) {
        EmbeddedSettings settings =
                new EmbeddedSettings(home, "127.0.0.1", 0, 0, 16L << 20, Optional.of("s3cret-pw"), "localhost", "");
        try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(settings)) {
            URI bolt = server.boltUri();
            try (Driver anonymous = GraphDatabase.driver(bolt, AuthTokens.none())) {
                assertThatThrownBy(anonymous::verifyConnectivity)
                        .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
            }
            try (Driver authorised = GraphDatabase.driver(bolt, AuthTokens.basic("neo4j", "s3cret-pw"))) {
                authorised.verifyConnectivity();
            }
        }
    }
}

package org.dissentgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.dissentgraph.support.Processes;
import org.dissentgraph.support.Strict;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The service against a Neo4j in another process, reached through a {@code neo4j://} routing URI
 * (the scheme of a cluster or Aura): no embedded server starts, the bundled data is loaded into
 * the empty database once, and reads are routed as reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalNeo4jIT {

    private Processes.Running neo4j;
    private URI routingUri;

    @BeforeAll
    void startNeo4jInAnotherProcess() throws java.io.IOException {
        Path home = java.nio.file.Files.createTempDirectory("dissent-external-neo4j");
        Strict.require(
                Path.of(Processes.javaBinary()).toFile().canExecute(), "no java binary to start a second process");
        neo4j = Processes.start(
                Processes.java(
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "-Xmx512m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedNeo4jLauncher.class.getName()),
                Map.of(
                        "DISSENT_DATA_DIR",
                        home.toString(),
                        "NEO4J_BOLT_PORT",
                        "0",
                        "NEO4J_HTTP_PORT",
                        "0",
                        "NEO4J_PAGE_CACHE",
                        "32m",
                        "NEO4J_PASSWORD",
                        "outside-pw"));
        String bolt = neo4j.await(line -> line.startsWith("BOLT "), Duration.ofSeconds(90))
                .substring(5);
        URI boltUri = URI.create(bolt);
        routingUri = URI.create("neo4j://" + boltUri.getHost() + ":" + boltUri.getPort());
    }

    @AfterAll
    void stopNeo4j() {
        if (neo4j != null) {
            neo4j.close();
        }
    }

    private ApplicationContext service() {
        return ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "neo4j.uri",
                                routingUri.toString(),
                                "neo4j.username",
                                "neo4j",
                                "neo4j.password",
                                "outside-pw",
                                "micronaut.server.port",
                                -1))
                .getApplicationContext();
    }

    @Test
    void the_service_uses_the_outside_database_loads_it_once_and_routes_reads() {
        try (ApplicationContext first = service()) {
            assertThat(first.findBean(EmbeddedNeo4jServer.class))
                    .as("no embedded server with NEO4J_URI")
                    .isEmpty();
            EmbeddedServer server = first.getBean(EmbeddedServer.class);
            try (HttpClient http = HttpClient.create(server.getURL())) {
                String health = http.toBlocking().retrieve("/health");
                assertThat(health).contains("\"status\":\"UP\"").contains("Neo4j/5.26");
            }
            Driver driver = first.getBean(Driver.class);
            try (var session = driver.session()) {
                long persons = session.executeRead(tx -> tx.run("MATCH (p:Person) RETURN count(p) AS n")
                        .single()
                        .get("n")
                        .asLong());
                assertThat(persons).isGreaterThan(10);
                assertThatThrownBy(() -> session.executeRead(
                                tx -> tx.run("CREATE (:Intruder)").consume()))
                        .isInstanceOf(ClientException.class);
            }
        }
        try (ApplicationContext second = service()) {
            try (var session = second.getBean(Driver.class).session()) {
                long imports = session.executeRead(tx -> tx.run("MATCH (i:Import) RETURN count(i) AS n")
                        .single()
                        .get("n")
                        .asLong());
                assertThat(imports)
                        .as("an unchanged dataset is not loaded twice")
                        .isEqualTo(1);
            }
        }
    }
}

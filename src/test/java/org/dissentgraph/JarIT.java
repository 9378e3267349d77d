package org.dissentgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Processes;
import org.dissentgraph.support.Strict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The README's run command, as a newcomer runs it ({@code java -jar}, no JVM flags): the packaged jar serves /health UP, Neo4j
 * Browser and Bolt with the data loaded; a second start on the same ports fails with one line
 * naming the port; a restart keeps the data and does not load it again.
 */
class JarIT {

    private static final Path JAR = Path.of("target/dissent-graph.jar");

    @Test
    void the_packaged_service_starts_refuses_a_second_copy_and_keeps_its_data(@TempDir Path data) throws Exception {
        Strict.require(
                Files.isRegularFile(JAR),
                "target/dissent-graph.jar is missing: run `./mvnw verify`, which packages before the ITs");
        int http = Processes.freePort();
        int bolt = Processes.freePort();
        int browser = Processes.freePort();
        Map<String, String> env = Map.of(
                "MICRONAUT_SERVER_PORT", String.valueOf(http),
                "NEO4J_BOLT_PORT", String.valueOf(bolt),
                "NEO4J_HTTP_PORT", String.valueOf(browser),
                "DISSENT_DATA_DIR", data.resolve("neo4j").toString(),
                "NEO4J_PAGE_CACHE", "64m");
        // no --add-opens: the jar's manifest carries Add-Opens, so the README's command is the whole command
        List<String> command = Processes.java("-Xmx768m", "-jar", JAR.toString());
        long nodes;
        long started = System.nanoTime();
        try (Processes.Running first = Processes.start(command, env)) {
            first.await(line -> line.contains("Startup completed"), Duration.ofSeconds(180));
            System.out.printf(
                    "JarIT: jar start to ready with data loaded: %d ms%n", (System.nanoTime() - started) / 1_000_000);
            assertThat(first.output()).contains("Dataset 'bundled' loaded");

            HttpClient client = HttpClient.newHttpClient();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"status\":\"UP\"");
            HttpResponse<String> page = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + browser + "/browser/"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none());
                    var session = driver.session()) {
                nodes = session.run("MATCH (n) RETURN count(n) AS n")
                        .single()
                        .get("n")
                        .asLong();
                assertThat(nodes).isGreaterThan(100);
            }

            try (Processes.Running second = Processes.start(command, env)) {
                int exit = second.awaitExit(Duration.ofSeconds(60));
                assertThat(exit).isEqualTo(1);
                assertThat(second.output())
                        .contains("Dissent Graph cannot start: HTTP port " + http + " is already in use")
                        .doesNotContain("\tat ")
                        .doesNotContain("Exception");
            }
        }
        try (Processes.Running again = Processes.start(command, env)) {
            again.await(line -> line.contains("Startup completed"), Duration.ofSeconds(180));
            assertThat(again.output()).contains("already loaded and unchanged");
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + bolt, AuthTokens.none());
                    var session = driver.session()) {
                assertThat(session.run("MATCH (n) RETURN count(n) AS n")
                                .single()
                                .get("n")
                                .asLong())
                        .isEqualTo(nodes);
            }
        }
    }
}

package org.dissentgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.generate.GenerateCommand;
import org.dissentgraph.neo4j.DatabaseUnavailable;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.support.MiniHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.ClientException;

/**
 * Reads stay reads, and no read runs forever. A write inside a read transaction is refused (the
 * database-level proof is InProcessNeo4jIT#a_write_inside_a_read_transaction_is_refused; here it is
 * the service's own read path, {@link Reads}); every endpoint's queries go through {@link Reads},
 * which gives each transaction dissent.query-timeout; and with that timeout short, a deliberately
 * slow query and pathological requests on a dense generated graph (2,000 persons) are cut off with
 * a 503 problem, and the database is left running nothing of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QueryTimeoutIT {

    private static final String TIMEOUT = "100ms";

    private EmbeddedNeo4jServer neo4j;
    private ApplicationContext service;
    private int port;

    @BeforeAll
    void start() throws IOException {
        Path home = Files.createTempDirectory("dissent-timeout-neo4j");
        Path dataset = home.resolve("dense");
        int code = GenerateCommand.run(
                new String[] {"--persons", "2000", "--seed", "3", dataset.toString()},
                new PrintStream(new ByteArrayOutputStream()),
                System.err);
        assertThat(code).isZero();
        neo4j = EmbeddedNeo4jServer.start(new EmbeddedSettings(
                home.resolve("neo4j"), "127.0.0.1", 0, 0, 128L << 20, Optional.empty(), "localhost", ""));
        service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "neo4j.uri",
                                neo4j.boltUri().toString(),
                                "dissent.import-dir",
                                dataset.toString(),
                                "dissent.load",
                                "always",
                                "dissent.query-timeout",
                                TIMEOUT,
                                "micronaut.server.port",
                                -1))
                .getApplicationContext();
        port = service.getBean(EmbeddedServer.class).getPort();
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
        if (neo4j != null) {
            neo4j.close();
        }
    }

    @Test
    void a_write_through_the_services_read_path_is_refused() {
        Reads reads = service.getBean(Reads.class);
        assertThatThrownBy(() -> reads.listText("CREATE (n:Intruder) RETURN n", Map.of(), r -> r))
                .isInstanceOf(ClientException.class)
                .hasMessageContaining("read");
        try (var session = service.getBean(Driver.class).session()) {
            assertThat(session.run("MATCH (n:Intruder) RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
        }
    }

    // That every read feature reads through Reads (and so has the timeout) is an ArchUnit rule:
    // PackageRulesTest.the_read_features_read_through_reads_so_every_query_has_the_timeout.

    @Test
    void a_deliberately_slow_query_is_stopped_at_the_timeout_and_left_running_nowhere() {
        Reads reads = service.getBean(Reads.class);
        long started = System.nanoTime();
        assertThatThrownBy(() -> reads.listText(
                        "UNWIND range(1, 2000000000) AS i WITH i WHERE i % 1000003 = -1 RETURN count(i) AS slowQueryMarker",
                        Map.of(), r -> r))
                .isInstanceOf(DatabaseUnavailable.class)
                .hasMessageContaining("longer than allowed");
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("QueryTimeoutIT: a query of ~2e9 rows, timeout %s, stopped after %d ms%n", TIMEOUT, millis);
        // Neo4j's transaction monitor looks every 200 ms in the in-process server (EmbeddedNeo4jServer)
        assertThat(millis).isLessThan(5_000);
        assertThat(running("slowQueryMarker")).isEmpty();
    }

    @Test
    void pathological_requests_on_a_dense_graph_get_a_503_problem_not_a_hang() throws Exception {
        Driver driver = service.getBean(Driver.class);
        List<String> hubs;
        List<String> persons;
        String faction;
        try (var session = driver.session()) {
            hubs = session.run("MATCH (o:Organ) RETURN o.id AS id ORDER BY COUNT { (o)--() } DESC LIMIT 2")
                    .list(r -> r.get("id").asString());
            persons = session.run("MATCH (p:Person) RETURN p.id AS id ORDER BY p.id LIMIT 4")
                    .list(r -> r.get("id").asString());
            faction = session.run("MATCH (f:Faction) RETURN f.id AS id ORDER BY COUNT { (f)--() } DESC LIMIT 1")
                    .single()
                    .get("id")
                    .asString();
        }
        String everything = "MEMBER_OF,RECEIVED,IMPOSED_BY,MADE,TARGETS,CRITICIZED,FROM,TO,DECIDED,GROUNDS";
        List<String> requests = List.of(
                "/api/graph/ego/" + hubs.get(0) + "?depth=3&maxNodes=2000&rel=" + everything,
                "/api/graph/ego/" + hubs.get(1) + "?depth=3&maxNodes=2000&rel=" + everything,
                "/api/paths?from=" + persons.get(0) + "&to=" + persons.get(1) + "&maxLength=10&at=1921/1935",
                "/api/paths?from=" + persons.get(2) + "&to=" + persons.get(3) + "&maxLength=10",
                "/api/criticisms?faction=" + faction + "&limit=500",
                "/api/analytics/centrality?metric=betweenness&rel=MEMBER_OF,CRITICIZED");
        int stopped = 0;
        try (MiniHttp http = new MiniHttp("127.0.0.1", port, 60_000)) {
            for (String request : requests) {
                long started = System.nanoTime();
                MiniHttp.Response response = http.get(request);
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf(
                        "QueryTimeoutIT: %s -> %d in %d ms (timeout %s)%n",
                        request, response.status(), millis, TIMEOUT);
                assertThat(response.status()).as(response.body()).isIn(200, 503);
                assertThat(millis).isLessThan(20_000);
                if (response.status() == 503) {
                    stopped++;
                    assertThat(response.contentType()).startsWith("application/problem+json");
                    assertThat(response.body())
                            .contains("\"status\":503")
                            .contains("longer than allowed")
                            .doesNotContain("Exception")
                            .doesNotContain("MATCH ");
                }
            }
        }
        assertThat(stopped).as("at least one pathological request was cut off").isPositive();
        Thread.sleep(500);
        assertThat(running("MATCH")).as("queries still running").isEmpty();
    }

    private List<String> running(String marker) {
        try (var session = service.getBean(Driver.class).session()) {
            return session
                    .run(
                            "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN currentQuery",
                            Map.of("marker", marker))
                    .list(r -> r.get("currentQuery").asString())
                    .stream()
                    .filter(q -> !q.contains("SHOW TRANSACTIONS"))
                    .toList();
        }
    }
}

package org.dissentgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.generate.GenerateCommand;
import org.dissentgraph.neo4j.DatabaseUnavailable;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.dissentgraph.neo4j.QueryWarmup;
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
    /** A second service on the same database, computing analytics itself as it does without GDS. */
    private ApplicationContext fallback;

    private int fallbackPort;

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
                                // on GDS whatever the size (auto would compute 2,000 persons in the service)
                                "dissent.analytics.engine",
                                "gds",
                                "micronaut.server.port",
                                -1))
                .getApplicationContext();
        port = service.getBean(EmbeddedServer.class).getPort();
        fallback = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "neo4j.uri",
                                neo4j.boltUri().toString(),
                                "dissent.load",
                                "never",
                                "dissent.query-timeout",
                                TIMEOUT,
                                "dissent.analytics.engine",
                                "in-service",
                                "micronaut.server.port",
                                -1))
                .getApplicationContext();
        fallbackPort = fallback.getBean(EmbeddedServer.class).getPort();
    }

    @AfterAll
    void stop() {
        if (fallback != null) {
            fallback.close();
        }
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
                "/api/analytics/centrality?metric=betweenness&rel=MEMBER_OF,CRITICIZED",
                "/api/analytics/communities?rel=" + everything);
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

    @Test
    void analytics_on_gds_and_in_the_service_stop_at_the_timeout_and_leave_no_thread_computing() throws Exception {
        String everything = "MEMBER_OF,RECEIVED,IMPOSED_BY,MADE,TARGETS,CRITICIZED,FROM,TO,DECIDED,GROUNDS";
        List<String> requests = List.of(
                "/api/analytics/centrality?metric=betweenness&rel=" + everything,
                "/api/analytics/centrality?metric=pagerank&rel=" + everything + "&from=1920",
                "/api/analytics/communities?rel=" + everything,
                "/api/analytics/communities?rel=" + everything + "&to=1935");
        for (int servicePort : List.of(port, fallbackPort)) {
            String engine = servicePort == port ? "gds" : "in-service";
            try (MiniHttp http = new MiniHttp("127.0.0.1", servicePort, 60_000)) {
                for (String request : requests) {
                    long started = System.nanoTime();
                    MiniHttp.Response response = http.get(request);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    System.out.printf(
                            "QueryTimeoutIT: %s %s -> %d in %d ms (timeout %s)%n",
                            engine, request, response.status(), millis, TIMEOUT);
                    assertThat(response.status())
                            .as(engine + " " + request + ": " + response.body())
                            .isEqualTo(503);
                    assertThat(response.body()).contains("longer than allowed");
                    assertThat(millis).as(engine + " " + request).isLessThan(100 + 1_000);
                }
            }
        }
        assertThat(busyThreads(Duration.ofMillis(500)))
                .as("threads still computing after the answers")
                .isEmpty();
        assertThat(running("gds.")).as("GDS queries still running").isEmpty();
        try (var session = service.getBean(Driver.class).session()) {
            assertThat(session.run("CALL gds.graph.list() YIELD graphName RETURN graphName")
                            .list(r -> r.get("graphName").asString()))
                    .as("GDS projections left behind")
                    .isEmpty();
        }
    }

    /**
     * The threads of this JVM (the services' request executors, Neo4j's and GDS's workers) that
     * used more than a fifth of {@code window} of CPU during it, once the requests have been answered.
     */
    private static List<String> busyThreads(Duration window) throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Thread.sleep(200); // a thread that has just sent its answer may still be unwinding
        Map<Long, Long> before = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            before.put(id, threads.getThreadCpuTime(id));
        }
        Thread.sleep(window.toMillis());
        List<String> busy = new ArrayList<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || info.getThreadId() == Thread.currentThread().getId()) {
                continue;
            }
            long now = threads.getThreadCpuTime(info.getThreadId());
            Long then = before.get(info.getThreadId());
            if (then != null && then >= 0 && now - then > window.toNanos() / 5) {
                // where it is, to tell a GDS algorithm from a projection or the service's own work
                StackTraceElement[] stack =
                        threads.getThreadInfo(info.getThreadId(), 8).getStackTrace();
                busy.add(info.getThreadName() + " (" + (now - then) / 1_000_000 + " ms CPU) at "
                        + Arrays.toString(stack));
            }
        }
        return busy;
    }

    private List<String> running(String marker) {
        try (var session = service.getBean(Driver.class).session()) {
            return session
                    .run(
                            "SHOW TRANSACTIONS YIELD currentQuery, metaData WHERE currentQuery CONTAINS $marker"
                                    // the start-up warm-up plans in the background: work of the start, not of a request
                                    + " AND coalesce(metaData.dissent, '') <> $warmup RETURN currentQuery",
                            Map.of("marker", marker, "warmup", QueryWarmup.METADATA))
                    .list(r -> r.get("currentQuery").asString())
                    .stream()
                    .filter(q -> !q.contains("SHOW TRANSACTIONS"))
                    .toList();
        }
    }
}

package org.dissentgraph.neo4j;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the largest read queries once at start-up, after the data is loaded, on two threads in
 * the background: the server takes requests meanwhile, and a request for a query still being
 * planned waits for it ({@link WarmupGate}) instead of planning it a second time.
 *
 * <p>The person timeline's five parts (thirteen UNION branches with their COLLECT subqueries in
 * all) and the fate's penalties take Neo4j 0.3–0.9 s each to plan on a cold plan cache (4 s for the
 * eight, one after the other, at start-up) and execute in milliseconds. Planned by the first
 * requests instead, on a busy machine, several at once, their planning alone outlived the request
 * timeout ({@code dissent.query-timeout}): 503s under {@code LoadIT}'s eight clients. Each is run
 * here once with an id no node has, the parameter types the service uses, in a read transaction
 * with a generous timeout of its own; Neo4j keeps the plan (the timeline's file says
 * {@code replan=skip}, so the samples of a fresh load do not make it stale). A failure is logged
 * (the query is then planned by its first request). Start-up used to wait for all eight,
 * which made the service take 4 s longer than its database to answer (#15 ask 4); it no longer
 * does. A second service over the same database finds the plans made: its warm-up takes
 * milliseconds.
 */
@Singleton
@Requires(property = "dissent.warmup.enabled", notEquals = "false")
public final class QueryWarmup {

    private static final Logger LOG = LoggerFactory.getLogger(QueryWarmup.class);

    /** The queries planned at start-up, each with parameters of the types the service passes. */
    static final Map<String, Map<String, Object>> QUERIES = Map.of(
            "queries/person-timeline-life", Map.of("id", "warm-up-no-such-id"),
            "queries/person-timeline-criticisms", Map.of("id", "warm-up-no-such-id"),
            "queries/person-timeline-penalties", Map.of("id", "warm-up-no-such-id"),
            "queries/person-timeline-documents", Map.of("id", "warm-up-no-such-id"),
            "queries/person-timeline-accusations", Map.of("id", "warm-up-no-such-id"),
            "queries/person-penalties", Map.of("ids", List.of("warm-up-no-such-id")),
            "queries/criticism-details-by-critic", Map.of("id", "warm-up-no-such-id"),
            "queries/cohort-member-facts", Map.of("ids", List.of("warm-up-no-such-id")));

    /** The transactions' metadata ({@code SHOW TRANSACTIONS YIELD metaData}): start-up work, not a request. */
    public static final String METADATA = "warmup";

    /** Two threads: the development and CI machines have two cores, and the server answers requests meanwhile. */
    private static final int THREADS = 2;

    private final Driver driver;
    private final TransactionConfig config;
    private final WarmupGate gate;

    QueryWarmup(Driver driver, WarmupGate gate, @Value("${dissent.warmup.timeout:120s}") Duration timeout) {
        this.driver = driver;
        this.gate = gate;
        this.config = TransactionConfig.builder()
                .withTimeout(timeout)
                .withMetadata(Map.of("dissent", METADATA))
                .build();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        long started = System.nanoTime();
        gate.begin(QUERIES.keySet());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS, runnable -> {
            Thread thread = new Thread(runnable, "query-warmup");
            thread.setDaemon(true);
            return thread;
        });
        CompletableFuture<?>[] all = QUERIES.entrySet().stream()
                .map(query -> CompletableFuture.runAsync(() -> plan(query.getKey(), query.getValue()), threads))
                .toArray(CompletableFuture[]::new);
        CompletableFuture.allOf(all).whenComplete((ignored, failure) -> {
            threads.shutdown();
            LOG.info(
                    "Planned the {} largest read queries in {} ms, in the background",
                    QUERIES.size(),
                    (System.nanoTime() - started) / 1_000_000);
        });
    }

    private void plan(String file, Map<String, Object> parameters) {
        long t = System.nanoTime();
        // an explicit transaction, not executeRead: the driver retries a managed transaction for
        // up to 30 s while the database is unreachable, and the requests waiting on the gate would
        // wait that long for a warm-up that cannot succeed (DatabaseOutageIT on CI); this one fails
        // at once and leaves the statement to its first request
        try (var session = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build());
                var tx = session.beginTransaction(config)) {
            tx.run(CypherFiles.get(file), parameters).consume();
            LOG.debug("Planned {} in {} ms", file, (System.nanoTime() - t) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.warn("Could not plan {} at start-up ({}); its first request will", file, e.getMessage());
        } finally {
            gate.done(file);
        }
    }
}

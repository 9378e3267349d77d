package org.dissentgraph.neo4j;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans the largest read queries once at start-up, after the data is loaded and before the server
 * takes requests, so that no request pays for their planning.
 *
 * <p>The person timeline's five parts (thirteen UNION branches with their COLLECT subqueries in
 * all) and the fate's penalties take Neo4j seconds to plan on a cold plan cache and execute in milliseconds. Planned by
 * the first requests instead, on a busy machine, several at once, their planning alone outlived
 * the request timeout ({@code dissent.query-timeout}): 503s under {@code LoadIT}'s eight clients.
 * Each is run here once with an id no node has, the parameter types the service uses, in a read
 * transaction with a generous timeout of its own; Neo4j keeps the plan (the timeline's file says
 * {@code replan=skip}, so the samples of a fresh load do not make it stale). A failure is logged
 * and start-up goes on (the query is then planned by its first request, as before). A second
 * service over the same database finds the plans made: its warm-up takes milliseconds.
 */
@Singleton
@Requires(property = "dissent.warmup.enabled", notEquals = "false")
final class QueryWarmup {

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

    private final Driver driver;
    private final TransactionConfig config;

    QueryWarmup(Driver driver, @Value("${dissent.warmup.timeout:120s}") Duration timeout) {
        this.driver = driver;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
    }

    @EventListener
    void onStartup(StartupEvent event) {
        long started = System.nanoTime();
        QUERIES.forEach((file, parameters) -> {
            long t = System.nanoTime();
            try (var session = driver.session(SessionConfig.builder()
                    .withDefaultAccessMode(AccessMode.READ)
                    .build())) {
                session.executeRead(
                        tx -> tx.run(CypherFiles.get(file), parameters).consume(), config);
                LOG.debug("Planned {} in {} ms", file, (System.nanoTime() - t) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("Could not plan {} at start-up ({}); its first request will", file, e.getMessage());
            }
        });
        LOG.info(
                "Planned the {} largest read queries in {} ms",
                QUERIES.size(),
                (System.nanoTime() - started) / 1_000_000);
    }
}

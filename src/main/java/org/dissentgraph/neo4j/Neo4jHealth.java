package org.dissentgraph.neo4j;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.neo4j.bolt.health.Neo4jHealthIndicator;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.summary.ResultSummary;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * {@code /health}'s neo4j entry. Replaces micronaut-neo4j-bolt's, which put the driver's exception
 * (class name, host and port) into the public health body when the database was down, and asked
 * through a write transaction (a cluster's leader only). Here: a read transaction with a timeout,
 * the server's agent and address when UP, one plain sentence when DOWN; the cause goes to the log.
 */
@Singleton
@Replaces(Neo4jHealthIndicator.class)
@Requires(beans = Driver.class)
final class Neo4jHealth implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(Neo4jHealth.class);
    private static final TransactionConfig TIMEOUT =
            TransactionConfig.builder().withTimeout(Duration.ofSeconds(5)).build();

    private final Driver driver;

    Neo4jHealth(Driver driver) {
        this.driver = driver;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            ResultSummary summary = session.executeRead(tx -> tx.run("RETURN 1").consume(), TIMEOUT);
            return HealthResult.builder("neo4j", HealthStatus.UP)
                    .details(Map.of(
                            "server",
                            summary.server().agent() + "@" + summary.server().address()))
                    .build();
        } catch (RuntimeException e) {
            LOG.warn("Neo4j health check failed: {}", e.getMessage());
            return HealthResult.builder("neo4j", HealthStatus.DOWN)
                    .details(Map.of("error", "The database is unreachable or did not answer in time."))
                    .build();
        }
    }
}

package org.dissentgraph.neo4j;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.neo4j.bolt.Neo4jBoltConfiguration;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How long the driver waits when the database is gone, so a request fails fast with a 503 instead
 * of hanging: the driver's defaults are a 30 s connect timeout, a 60 s wait for a pooled connection
 * and 30 s of retries of a managed transaction. micronaut-neo4j-bolt binds only one-argument
 * builder methods from {@code neo4j.*}, and these take a unit, so they are set here
 * ({@code dissent.neo4j.*}, or DISSENT_NEO4J_CONNECT_TIMEOUT, ..._ACQUISITION_TIMEOUT, ..._RETRY_TIME).
 */
@Singleton
final class DriverTimeouts implements BeanCreatedEventListener<Neo4jBoltConfiguration> {

    private final Duration connect;
    private final Duration acquisition;
    private final Duration retry;

    DriverTimeouts(
            @Value("${dissent.neo4j.connect-timeout:2s}") Duration connect,
            @Value("${dissent.neo4j.acquisition-timeout:3s}") Duration acquisition,
            @Value("${dissent.neo4j.retry-time:2s}") Duration retry) {
        this.connect = connect;
        this.acquisition = acquisition;
        this.retry = retry;
    }

    @Override
    public Neo4jBoltConfiguration onCreated(BeanCreatedEvent<Neo4jBoltConfiguration> event) {
        Neo4jBoltConfiguration configuration = event.getBean();
        configuration
                .getConfigBuilder()
                .withConnectionTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .withConnectionAcquisitionTimeout(acquisition.toMillis(), TimeUnit.MILLISECONDS)
                .withMaxTransactionRetryTime(retry.toMillis(), TimeUnit.MILLISECONDS);
        return configuration;
    }
}

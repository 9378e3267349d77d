package org.dissentgraph.criticism;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;

/**
 * The service's {@link Reads}, counting every Cypher statement it sends to the database (each one
 * goes through {@link #listText}); active only where a test sets {@code test.count-statements}.
 */
@Singleton
@Replaces(Reads.class)
@Requires(property = "test.count-statements", value = "true")
class CountingReads extends Reads {

    final List<String> statements = new CopyOnWriteArrayList<>();

    CountingReads(Driver driver, @Value("${dissent.query-timeout:10s}") Duration timeout) {
        super(driver, timeout);
    }

    @Override
    public <T> List<T> listText(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        statements.add(cypher);
        return super.listText(cypher, parameters, mapper);
    }
}

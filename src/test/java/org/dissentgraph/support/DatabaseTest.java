package org.dissentgraph.support;

import io.micronaut.test.support.TestPropertyProvider;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the integration tests: points the service at the shared {@link TestNeo4j}, which the
 * service's start-up fills with the bundled dataset (once; later contexts find it unchanged).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DatabaseTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("neo4j.uri", TestNeo4j.boltUri().toString());
        if (!TestNeo4j.password().isEmpty()) {
            properties.put("neo4j.username", "neo4j");
            properties.put("neo4j.password", TestNeo4j.password());
        }
        properties.put("dissent.load", "always");
        return properties;
    }
}

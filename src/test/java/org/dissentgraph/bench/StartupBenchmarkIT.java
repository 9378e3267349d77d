package org.dissentgraph.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Start-up of the packaged jar against the bare in-process Neo4j it embeds (#15 ask 4): first
 * start on an empty store and restart, each beside the bare Neo4j's in the same round, three
 * rounds, medians ({@link StartupMeasure}). Run with {@code ./mvnw -B verify -Pbench-startup}.
 * The query benchmark ({@link QueryBenchmark}) takes the same measure.
 */
@EnabledIfSystemProperty(named = "bench.startup", matches = "true")
class StartupBenchmarkIT {

    @Test
    void startup_against_the_bare_database() throws Exception {
        List<StartupMeasure.Round> rounds = StartupMeasure.measure(Path.of("target/dissent-graph.jar"), 3);
        Map<String, Object> summary = StartupMeasure.summary(rounds);
        System.out.println("STARTUP " + summary);
    }
}

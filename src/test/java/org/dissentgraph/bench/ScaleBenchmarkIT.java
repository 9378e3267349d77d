package org.dissentgraph.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The whole benchmark at the sizes asked for: {@code ./mvnw -B verify -Pbench
 * -Dbench.sizes=10000,100000,1000000} (see {@link QueryBenchmark.Options#fromSystemProperties()} for
 * the other settings). Results in {@code target/bench/results.md} and {@code .json}.
 */
@EnabledIfSystemProperty(named = "bench.run", matches = "true")
class ScaleBenchmarkIT {

    @Test
    void benchmark() throws Exception {
        QueryBenchmark.run(QueryBenchmark.Options.fromSystemProperties());
    }
}

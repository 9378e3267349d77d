package org.dissentgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dissentgraph.bench.QueryBenchmark;
import org.junit.jupiter.api.Test;

/**
 * The benchmark harness ({@link QueryBenchmark}) in the default suite, at its smallest: 300
 * generated persons, short rounds, no start-up run (the packaged jar's start is JarIT's; measured
 * start-ups are {@code -Pbench-startup}'s, ~40 s each on 2 cores). It asserts that the harness runs end to end and
 * writes its files with every endpoint measured on both sides and no failed request, never a
 * speed. Real sizes: {@code ./mvnw -B verify -Pbench -Dbench.sizes=10000,100000,1000000}.
 */
class BenchmarkSmokeIT {

    @Test
    @SuppressWarnings("unchecked")
    void the_benchmark_harness_runs_end_to_end_and_writes_its_results() throws Exception {
        Path out = Path.of("target/bench-smoke");
        QueryBenchmark.Options options = new QueryBenchmark.Options(
                List.of(300),
                1,
                List.of(1, 2),
                0.1,
                1,
                0.3,
                out,
                Path.of("target/bench-smoke/data"),
                "128m",
                "512m",
                "512m",
                1_000_000,
                0,
                50,
                true);

        Map<String, Object> results = QueryBenchmark.run(options);

        assertThat(out.resolve("results.json")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("results.md")))
                .contains(
                        "| importer (import command) |",
                        "| consequences | 1 |",
                        "| ego depth 2 | 2 |",
                        "| shortest path |",
                        "| search |",
                        "| rule checks |",
                        "| cohort fates |");
        Map<String, Object> size = ((List<Map<String, Object>>) results.get("sizes")).get(0);
        Map<String, Object> imports = (Map<String, Object>) size.get("import");
        assertThat(imports).containsKeys("importer", "raw", "ratio");
        List<Map<String, Object>> queries = (List<Map<String, Object>>) size.get("queries");
        assertThat(queries)
                .extracting(q -> q.get("scenario"))
                .contains(
                        "consequences",
                        "ego depth 2",
                        "shortest path",
                        "search",
                        "rule checks",
                        "cohort fates",
                        "consequences (hubs)",
                        "ego depth 2 (hubs)");
        for (Map<String, Object> row : queries) {
            for (String side : List.of("api", "raw")) {
                Map<String, Object> measured = (Map<String, Object>) row.get(side);
                assertThat(((Number) measured.get("requests")).longValue())
                        .as(row.get("scenario") + " " + side + " requests")
                        .isPositive();
                assertThat(((Number) measured.get("errors")).longValue())
                        .as(row.get("scenario") + " " + side + " errors: " + measured)
                        .isZero();
            }
        }
        System.out.println(Files.readString(out.resolve("results.md")));
    }
}

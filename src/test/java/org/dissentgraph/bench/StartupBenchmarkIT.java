package org.dissentgraph.bench;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Start-up of the packaged jar, as the README reports it: process start to the first
 * {@code /health} UP with the bundled dataset loaded into an empty store, and the peak RSS
 * (VmHWM) after start-up; three runs, median. Run with {@code ./mvnw -B verify -Pbench-startup}.
 * The query benchmark ({@link QueryBenchmark}) takes the same measure with {@link StartupMeasure}.
 */
@EnabledIfSystemProperty(named = "bench.startup", matches = "true")
class StartupBenchmarkIT {

    @Test
    void startup_time_and_peak_memory() throws Exception {
        List<StartupMeasure.Run> runs = StartupMeasure.measure(Path.of("target/dissent-graph.jar"), 3);
        List<Long> millis =
                runs.stream().map(StartupMeasure.Run::millis).sorted().toList();
        List<Long> rssKb =
                runs.stream().map(StartupMeasure.Run::peakRssKb).sorted().toList();
        System.out.printf(
                "STARTUP runs=%s ms, median %d ms; peak RSS runs=%s KB, median %d MB%n",
                millis, millis.get(1), rssKb, rssKb.get(1) / 1024);
    }
}

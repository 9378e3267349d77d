package org.dissentgraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Processes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Start-up of the packaged jar, as the README reports it: process start to the first
 * {@code /health} UP with the bundled dataset loaded into an empty store, and the peak RSS
 * (VmHWM) after start-up; three runs, median. Run with {@code ./mvnw -B verify -Pbench-startup}.
 */
@EnabledIfSystemProperty(named = "bench.startup", matches = "true")
class StartupBenchmarkIT {

    @Test
    void startup_time_and_peak_memory() throws Exception {
        List<Long> millis = new ArrayList<>();
        List<Long> rssKb = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            Path data = Files.createTempDirectory("dissent-startup");
            int http = Processes.freePort();
            long started = System.nanoTime();
            try (Processes.Running service = Processes.start(
                    List.of(Processes.javaBinary(), "--add-opens=java.base/java.nio=ALL-UNNAMED", "-jar", "target/dissent-graph.jar"),
                    Map.of("MICRONAUT_SERVER_PORT", String.valueOf(http), "NEO4J_BOLT_PORT", "0", "NEO4J_HTTP_PORT", "0",
                            "DISSENT_DATA_DIR", data.toString()))) {
                HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
                while (true) {
                    try {
                        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/health")).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (health.statusCode() == 200 && health.body().contains("UP")) {
                            break;
                        }
                    } catch (java.io.IOException notYet) {
                        // not listening yet
                    }
                    if (!service.process().isAlive() || System.nanoTime() - started > Duration.ofMinutes(3).toNanos()) {
                        throw new AssertionError("service did not become ready:\n" + service.output());
                    }
                    Thread.sleep(50);
                }
                millis.add((System.nanoTime() - started) / 1_000_000);
                String status = Files.readString(Path.of("/proc/" + service.process().pid() + "/status"));
                rssKb.add(status.lines().filter(l -> l.startsWith("VmHWM:")).map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(-1L));
            }
        }
        Collections.sort(millis);
        Collections.sort(rssKb);
        System.out.printf("STARTUP runs=%s ms, median %d ms; peak RSS runs=%s KB, median %d MB%n",
                millis, millis.get(1), rssKb, rssKb.get(1) / 1024);
    }
}

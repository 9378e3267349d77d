package org.dissentgraph.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Processes;

/**
 * Start-up of the packaged jar as a newcomer runs it: process start to the first {@code /health}
 * UP, with the bundled dataset loaded into an empty store, and the peak RSS (VmHWM) at that point.
 */
public final class StartupMeasure {

    public record Run(long millis, long peakRssKb) {}

    private StartupMeasure() {}

    public static List<Run> measure(Path jar, int runs) throws IOException, InterruptedException {
        List<Run> out = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Path data = Files.createTempDirectory("dissent-startup");
            int http = Processes.freePort();
            long started = System.nanoTime();
            try (Processes.Running service = Processes.start(
                    List.of(
                            Processes.javaBinary(),
                            "--add-opens=java.base/java.nio=ALL-UNNAMED",
                            "-jar",
                            jar.toString()),
                    Map.of(
                            "MICRONAUT_SERVER_PORT",
                            String.valueOf(http),
                            "NEO4J_BOLT_PORT",
                            "0",
                            "NEO4J_HTTP_PORT",
                            "0",
                            "DISSENT_DATA_DIR",
                            data.resolve("neo4j").toString(),
                            "DISSENT_STAGING_DIR",
                            data.resolve("imports").toString()))) {
                HttpClient client = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofMillis(200))
                        .build();
                while (true) {
                    try {
                        HttpResponse<String> health = client.send(
                                HttpRequest.newBuilder(URI.create("http://localhost:" + http + "/health"))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (health.statusCode() == 200 && health.body().contains("UP")) {
                            break;
                        }
                    } catch (IOException notYet) {
                        // not listening yet
                    }
                    if (!service.process().isAlive()
                            || System.nanoTime() - started
                                    > Duration.ofMinutes(3).toNanos()) {
                        throw new AssertionError("service did not become ready:\n" + service.output());
                    }
                    Thread.sleep(50);
                }
                long millis = (System.nanoTime() - started) / 1_000_000;
                String status =
                        Files.readString(Path.of("/proc/" + service.process().pid() + "/status"));
                long rss = status.lines()
                        .filter(l -> l.startsWith("VmHWM:"))
                        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                        .findFirst()
                        .orElse(-1L);
                out.add(new Run(millis, rss));
            } finally {
                deleteTree(data);
            }
        }
        return out;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder())
                    .forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is no failure
        }
    }
}

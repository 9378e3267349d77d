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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.dissentgraph.neo4j.EmbeddedNeo4jLauncher;
import org.dissentgraph.support.Processes;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;

/**
 * Start-up of the packaged jar against the database it embeds (#15 ask 4), four starts a round:
 * <ul>
 *   <li>the <b>bare</b> in-process Neo4j from the same jar ({@link EmbeddedNeo4jLauncher}: the same
 *       server, settings, Graph Data Science and APOC as the service's), from process start to its
 *       first answered {@code RETURN 1} over Bolt, on an empty store and then restarted on it;
 *   <li>the <b>service</b>, from process start to the first {@code /health} UP with the bundled
 *       dataset loaded, on an empty store (the first start) and then restarted on it.
 * </ul>
 * The peak RSS (VmHWM) of the service's first start is read at that point.
 */
public final class StartupMeasure {

    /** One round, in milliseconds; the ratios are service / bare. */
    public record Round(long bareFresh, long serviceFresh, long bareRestart, long serviceRestart, long peakRssKb) {
        double freshRatio() {
            return (double) serviceFresh / bareFresh;
        }

        double restartRatio() {
            return (double) serviceRestart / bareRestart;
        }
    }

    private static final Duration READY_WITHIN = Duration.ofMinutes(3);

    private StartupMeasure() {}

    public static List<Round> measure(Path jar, int rounds) throws IOException, InterruptedException {
        List<Round> out = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            Path bare = Files.createTempDirectory("dissent-startup-bare");
            Path service = Files.createTempDirectory("dissent-startup-service");
            try {
                long bareFresh = bare(jar, bare);
                long[] serviceFresh = service(jar, service);
                long bareRestart = bare(jar, bare);
                long[] serviceRestart = service(jar, service);
                out.add(new Round(bareFresh, serviceFresh[0], bareRestart, serviceRestart[0], serviceFresh[1]));
            } finally {
                deleteTree(bare);
                deleteTree(service);
            }
        }
        return out;
    }

    /** The medians of the rounds, and every round, as the benchmark's results record them. */
    public static Map<String, Object> summary(List<Round> rounds) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("rounds", rounds);
        summary.put("bareFreshMillis", median(rounds, Round::bareFresh));
        summary.put("serviceFreshMillis", median(rounds, Round::serviceFresh));
        summary.put("bareRestartMillis", median(rounds, Round::bareRestart));
        summary.put("serviceRestartMillis", median(rounds, Round::serviceRestart));
        summary.put("freshRatio", medianRatio(rounds, true));
        summary.put("restartRatio", medianRatio(rounds, false));
        summary.put("medianPeakRssMb", median(rounds, Round::peakRssKb) / 1024);
        return summary;
    }

    static long median(List<Round> rounds, ToLongFunction<Round> of) {
        List<Long> sorted = rounds.stream().map(of::applyAsLong).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The median of the per-round ratios: each ratio compares two starts of the same round, at the same load. */
    static double medianRatio(List<Round> rounds, boolean fresh) {
        List<Double> sorted = rounds.stream()
                .map(r -> fresh ? r.freshRatio() : r.restartRatio())
                .sorted()
                .toList();
        return Math.round(sorted.get(sorted.size() / 2) * 100) / 100.0;
    }

    private static long bare(Path jar, Path data) throws InterruptedException {
        int bolt = Processes.freePort();
        long started = System.nanoTime();
        try (Processes.Running neo4j = Processes.start(
                        List.of(
                                Processes.javaBinary(),
                                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                                "-cp",
                                jar.toString(),
                                EmbeddedNeo4jLauncher.class.getName()),
                        Map.of(
                                "DISSENT_DATA_DIR", data.resolve("neo4j").toString(),
                                "NEO4J_BOLT_PORT", String.valueOf(bolt),
                                "NEO4J_HTTP_PORT", "0"));
                var driver = GraphDatabase.driver(
                        "bolt://127.0.0.1:" + bolt,
                        AuthTokens.none(),
                        Config.builder()
                                .withConnectionTimeout(200, java.util.concurrent.TimeUnit.MILLISECONDS)
                                .withoutEncryption()
                                .build())) {
            while (true) {
                try (var session = driver.session()) {
                    if (session.run("RETURN 1 AS one").single().get("one").asInt() == 1) {
                        return (System.nanoTime() - started) / 1_000_000;
                    }
                } catch (RuntimeException notYet) {
                    // not listening yet
                }
                awaitAlive(neo4j, started);
                Thread.sleep(20);
            }
        }
    }

    /** Milliseconds to {@code /health} UP, and the peak RSS in KB at that point. */
    private static long[] service(Path jar, Path data) throws IOException, InterruptedException {
        int http = Processes.freePort();
        long started = System.nanoTime();
        try (Processes.Running service = Processes.start(
                List.of(Processes.javaBinary(), "--add-opens=java.base/java.nio=ALL-UNNAMED", "-jar", jar.toString()),
                Map.of(
                        "MICRONAUT_SERVER_PORT", String.valueOf(http),
                        "NEO4J_BOLT_PORT", "0",
                        "NEO4J_HTTP_PORT", "0",
                        "DISSENT_DATA_DIR", data.resolve("neo4j").toString(),
                        "DISSENT_STAGING_DIR", data.resolve("imports").toString()))) {
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
                awaitAlive(service, started);
                Thread.sleep(20);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            String status =
                    Files.readString(Path.of("/proc/" + service.process().pid() + "/status"));
            long rss = status.lines()
                    .filter(l -> l.startsWith("VmHWM:"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElse(-1L);
            return new long[] {millis, rss};
        }
    }

    private static void awaitAlive(Processes.Running process, long started) {
        if (!process.process().isAlive() || System.nanoTime() - started > READY_WITHIN.toNanos()) {
            throw new AssertionError("did not become ready:\n" + process.output());
        }
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is no failure
        }
    }
}

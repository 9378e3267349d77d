package org.dissentgraph.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.dissentgraph.generate.GenerateCommand;
import org.dissentgraph.ingest.BenchRows;
import org.dissentgraph.neo4j.CypherFiles;
import org.dissentgraph.neo4j.SchemaMigrations;
import org.dissentgraph.search.SearchQueries;
import org.dissentgraph.support.Latencies;
import org.dissentgraph.support.MiniHttp;
import org.dissentgraph.support.Neo4jProcess;
import org.dissentgraph.support.Processes;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;

/**
 * One run, on one database per size, side by side:
 * <ol>
 *   <li>import: the project's importer (the {@code import} command over Bolt, in its own JVM) into a
 *       Neo4j of its own process, write phase timed apart from validation, against a raw
 *       {@code UNWIND $rows … MERGE} load of the same rows ({@link RawLoad}) into another fresh one;</li>
 *   <li>queries: each main endpoint through the HTTP API, and the same Cypher statements in the same
 *       order through the raw driver (read transactions, same timeout), at each client concurrency;
 *       rounds alternate API and raw so that load from elsewhere on the machine hits both alike;</li>
 *   <li>start-up of the packaged jar to /health UP with the bundled dataset, and its peak RSS.</li>
 * </ol>
 * Writes {@code results.json} and {@code results.md} to {@code bench.out} after every size.
 * {@code -Dbench.scenarios=consequences,search} limits the endpoints measured, and
 * {@code -Dbench.service.<property>=<value>} passes a setting to the service under test.
 * Settings are system properties (see {@link Options#fromSystemProperties()}); run it through
 * {@code ./mvnw -B verify -Pbench -Dbench.sizes=10000,100000,1000000} or as a main.
 */
public final class QueryBenchmark {

    /** The relationship types ego views and paths follow by default (GraphController, RelTypes.ACTOR). */
    static final List<String> ACTOR = List.of(
            "CRITICIZED", "MADE", "TARGETS", "RECEIVED", "IMPOSED_BY", "FROM", "TO", "MEMBER_OF", "DECIDED", "GROUNDS");

    public record Options(
            List<Integer> sizes,
            long seed,
            List<Integer> concurrency,
            double warmupSeconds,
            int rounds,
            double roundSeconds,
            Path out,
            Path dataDir,
            String pageCache,
            String neo4jHeap,
            String importHeap,
            long rawImportMax,
            int startupRuns,
            int samples,
            boolean hubs) {

        /** {@code bench.sizes} (persons, comma-separated), {@code bench.concurrency}, {@code bench.rounds}... */
        public static Options fromSystemProperties() {
            return new Options(
                    ints(System.getProperty("bench.sizes", "10000")),
                    Long.getLong("bench.seed", 1),
                    ints(System.getProperty("bench.concurrency", "1,2,8")),
                    Double.parseDouble(System.getProperty("bench.warmupSeconds", "10")),
                    Integer.getInteger("bench.rounds", 3),
                    Double.parseDouble(System.getProperty("bench.roundSeconds", "3")),
                    Path.of(System.getProperty("bench.out", "target/bench")),
                    Path.of(System.getProperty("bench.data", "target/bench/data")),
                    System.getProperty("bench.pageCache", "6g"),
                    System.getProperty("bench.neo4jHeap", "3g"),
                    System.getProperty("bench.importHeap", "3g"),
                    Long.getLong("bench.rawImportMax", 1_000_000),
                    Integer.getInteger("bench.startupRuns", 3),
                    Integer.getInteger("bench.samples", 500),
                    Boolean.parseBoolean(System.getProperty("bench.hubs", "true")));
        }

        static List<String> strings(String text) {
            return Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(t -> !t.isEmpty())
                    .toList();
        }

        static List<Integer> ints(String text) {
            return Arrays.stream(text.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .map(Integer::parseInt)
                    .toList();
        }
    }

    public static void main(String[] args) throws Exception {
        run(Options.fromSystemProperties());
        System.exit(0);
    }

    /** Runs everything, writes the result files, and returns what it wrote to results.json. */
    public static Map<String, Object> run(Options options) throws Exception {
        Files.createDirectories(options.out());
        Map<String, Object> results = new LinkedHashMap<>();
        results.put("started", ZonedDateTime.now().toString());
        results.put(
                "machine",
                Map.of(
                        "cores",
                        Runtime.getRuntime().availableProcessors(),
                        "java",
                        System.getProperty("java.version"),
                        "loadAverageAtStart",
                        loadAverage()));
        results.put(
                "options",
                Map.of(
                        "sizes",
                        options.sizes(),
                        "seed",
                        options.seed(),
                        "concurrency",
                        options.concurrency(),
                        "warmupSeconds",
                        options.warmupSeconds(),
                        "rounds",
                        options.rounds(),
                        "roundSeconds",
                        options.roundSeconds(),
                        "pageCache",
                        options.pageCache(),
                        "neo4jHeap",
                        options.neo4jHeap(),
                        "samples",
                        options.samples()));
        List<Map<String, Object>> sizes = new ArrayList<>();
        results.put("sizes", sizes);
        for (int persons : options.sizes()) {
            sizes.add(size(options, persons));
            write(options.out(), results);
        }
        Path jar = Path.of("target/dissent-graph.jar");
        if (options.startupRuns() > 0 && Files.isRegularFile(jar)) {
            log("start-up of %s, %d run(s)", jar, options.startupRuns());
            Map<String, Object> startup =
                    new LinkedHashMap<>(StartupMeasure.summary(StartupMeasure.measure(jar, options.startupRuns())));
            startup.put("loadAverage", loadAverage());
            results.put("startup", startup);
            log("STARTUP %s", startup);
        }
        results.put("finished", ZonedDateTime.now().toString());
        write(options.out(), results);
        return results;
    }

    private static Map<String, Object> size(Options options, int persons) throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("persons", persons);
        result.put("loadAverageAtStart", loadAverage());
        Path dataset = options.dataDir().resolve("persons-" + persons + "-seed-" + options.seed());
        if (!Files.isRegularFile(dataset.resolve("citations.csv"))) {
            log("generating %,d persons into %s", persons, dataset);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = GenerateCommand.run(
                    new String[] {
                        "--persons",
                        String.valueOf(persons),
                        "--seed",
                        String.valueOf(options.seed()),
                        "--force",
                        dataset.toString()
                    },
                    new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err));
            if (code != 0) {
                throw new IllegalStateException("generate failed: " + err);
            }
        }
        BenchRows rows = BenchRows.read(dataset, "bench");
        result.put("fileRows", rows.fileRows());

        Map<String, Object> imports = new LinkedHashMap<>();
        result.put("import", imports);
        // bench.importer=offline (the -Pbench default): the importer is `import --fresh`, Neo4j's
        // offline importer writing the store before the Neo4j process opens it, so the raw load
        // gets a process of its own. online: the import command over Bolt, as before.
        boolean offline = System.getProperty("bench.importer", "online").equals("offline");
        // Small datasets: the raw load and the importer share one Neo4j process, wiped in between
        // (saves a start); larger ones get a fresh process each, as wiping millions costs more.
        boolean shared = rows.fileRows() <= 200_000 && !offline;
        if (persons <= options.rawImportMax() && !shared) {
            Path home = Files.createTempDirectory("bench-raw-neo4j");
            try (Neo4jProcess neo4j = Neo4jProcess.start(home, options.pageCache(), options.neo4jHeap());
                    Driver driver = GraphDatabase.driver(neo4j.bolt(), AuthTokens.none())) {
                rawImport(driver, rows, imports);
            } finally {
                StartupMeasure.deleteTree(home);
            }
        }
        Path home = Files.createTempDirectory("bench-neo4j");
        long offlineMillis = 0;
        if (offline) {
            log("importer (import --fresh, the offline importer) of %,d file rows", rows.fileRows());
            long started = System.nanoTime();
            runImport(
                    options,
                    dataset,
                    List.of("--fresh"),
                    Map.of("DISSENT_DATA_DIR", home.toString(), "DISSENT_URL", "http://127.0.0.1:1"));
            offlineMillis = (System.nanoTime() - started) / 1_000_000;
        }
        try (Neo4jProcess neo4j = Neo4jProcess.start(home, options.pageCache(), options.neo4jHeap());
                Driver driver = GraphDatabase.driver(neo4j.bolt(), AuthTokens.none())) {
            if (persons <= options.rawImportMax() && shared) {
                rawImport(driver, rows, imports);
                try (var session = driver.session()) {
                    session.run("MATCH (n:Entity) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                            .consume();
                }
            }
            long cliMillis = offlineMillis;
            if (!offline) {
                log("importer (the import command) of %,d file rows", rows.fileRows());
                long started = System.nanoTime();
                runImport(options, dataset, List.of(), Map.of("NEO4J_URI", neo4j.bolt()));
                cliMillis = (System.nanoTime() - started) / 1_000_000;
            }
            Map<String, Object> audit;
            try (var session = driver.session()) {
                audit = session.executeRead(
                        tx -> tx.run("MATCH (i:Import {dataset: 'bench', state: 'DONE'}) RETURN i {.*} AS i "
                                        + "ORDER BY i.finishedAt DESC LIMIT 1")
                                .single()
                                .get("i")
                                .asMap());
            }
            long validateMillis = ((Number) audit.get("validateMillis")).longValue();
            // offline, the write is all of the command but the validation: the CSV files, neo4j-admin,
            // then Neo4j's start, the schema (indexes built over the loaded data) and its stop, which
            // the raw load pays as it goes (its indexes exist before it writes)
            long writeMillis = offline ? cliMillis - validateMillis : ((Number) audit.get("writeMillis")).longValue();
            long relationships = ((Number) audit.get("relationships")).longValue();
            long nodes = ((Number) audit.get("added")).longValue()
                    + ((Number) audit.get("changed")).longValue()
                    + ((Number) audit.get("unchanged")).longValue();
            Map<String, Object> importer = new LinkedHashMap<>();
            importer.put("mode", audit.get("mode"));
            importer.put("validateMillis", validateMillis);
            importer.put("writeMillis", writeMillis);
            importer.put("commandMillis", cliMillis);
            importer.put("nodes", nodes);
            importer.put("relationships", relationships);
            importer.put("rowsPerSecond", perSecond(rows.fileRows(), writeMillis));
            importer.put("entitiesPerSecond", perSecond(nodes + relationships, writeMillis));
            imports.put("importer", importer);
            if (imports.get("raw") instanceof Map<?, ?> raw) {
                imports.put(
                        "ratio",
                        round2(((Number) importer.get("rowsPerSecond")).doubleValue()
                                / ((Number) raw.get("rowsPerSecond")).doubleValue()));
            }
            log(
                    "importer: validate %,d ms, write %,d ms (%s), command %,d ms",
                    validateMillis, writeMillis, audit.get("mode"), cliMillis);
            result.put("queries", queries(options, neo4j, driver, result));
        } finally {
            StartupMeasure.deleteTree(home);
        }
        result.put("loadAverageAtEnd", loadAverage());
        return result;
    }

    /** The {@code import} command in its own JVM, as a user runs it. */
    private static void runImport(Options options, Path dataset, List<String> flags, Map<String, String> env)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Processes.javaBinary(),
                "-Xmx" + options.importHeap(),
                "-cp",
                System.getProperty("java.class.path"),
                "org.dissentgraph.Application",
                "import"));
        command.addAll(flags);
        command.addAll(List.of(dataset.toString(), "--dataset", "bench"));
        try (Processes.Running cli = Processes.start(command, env)) {
            int exit = cli.awaitExit(Duration.ofHours(4));
            if (exit != 0) {
                throw new IllegalStateException("import failed (" + exit + "):\n" + cli.output());
            }
        }
    }

    private static void rawImport(Driver driver, BenchRows rows, Map<String, Object> imports) {
        SchemaMigrations.apply(driver);
        log("raw load of %,d file rows", rows.fileRows());
        RawLoad.Counts raw = RawLoad.load(driver, rows);
        imports.put(
                "raw",
                Map.of(
                        "millis",
                        raw.millis(),
                        "nodes",
                        raw.nodes(),
                        "relationships",
                        raw.relationships(),
                        "rowsPerSecond",
                        perSecond(rows.fileRows(), raw.millis()),
                        "entitiesPerSecond",
                        perSecond(raw.nodes() + raw.relationships(), raw.millis())));
        log("raw: %,d nodes + %,d relationships in %,d ms", raw.nodes(), raw.relationships(), raw.millis());
    }

    /** The query part on the imported database: service in this JVM, raw driver beside it. */
    private static List<Map<String, Object>> queries(
            Options options, Neo4jProcess neo4j, Driver driver, Map<String, Object> result) throws Exception {
        Samples samples = Samples.of(driver, options.samples(), options.seed());
        result.put(
                "samples",
                Map.of(
                        "persons",
                        samples.persons.size(),
                        "criticisms",
                        samples.criticisms.size(),
                        "hubPersons",
                        samples.hubPersons,
                        "hubCriticisms",
                        samples.hubCriticisms,
                        "ruleChecks",
                        samples.ruleChecks));
        Raw raw = new Raw(driver, Duration.ofSeconds(10));
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> properties = new HashMap<>(Map.of(
                "neo4j.uri",
                neo4j.bolt(),
                "dissent.load",
                "never",
                "micronaut.server.port",
                -1,
                "micronaut.server.host",
                "127.0.0.1"));
        // -Dbench.service.<property>=<value> passes a setting to the service, to compare settings side by side
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("bench.service."))
                .forEach(name -> properties.put(name.substring("bench.service.".length()), System.getProperty(name)));
        // -Dbench.scenarios=consequences,search measures only those (names as in the tables, hubs included by prefix)
        List<String> only = Options.strings(System.getProperty("bench.scenarios", ""));
        try (ApplicationContext service =
                ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext()) {
            int port = service.getBean(EmbeddedServer.class).getPort();
            for (Scenario scenario : scenarios(samples, raw, false)) {
                if (only.isEmpty() || only.stream().anyMatch(scenario.name()::startsWith)) {
                    rows.addAll(measure(options, port, scenario, options.concurrency(), options.rounds()));
                }
            }
            result.put("httpFloor", httpFloor(options, port, samples));
            if (options.hubs()) {
                for (Scenario scenario : scenarios(samples, raw, true)) {
                    if (only.isEmpty() || only.stream().anyMatch(scenario.name()::startsWith)) {
                        rows.addAll(measure(options, port, scenario, List.of(2), 1));
                    }
                }
            }
        }
        return rows;
    }

    /**
     * The HTTP API's own cost, with no database work: one client asking for consequences with a
     * {@code windowMonths} out of range, which the service refuses (400 problem) before any query,
     * for as long as the rounds of one cell take, after the scenarios have warmed the service.
     */
    private static Map<String, Object> httpFloor(Options options, int port, Samples samples) throws Exception {
        Latencies latencies = new Latencies();
        Random random = new Random(options.seed());
        long deadline = System.nanoTime() + (long) (options.rounds() * options.roundSeconds() * 1e9);
        long requests = 0;
        long started = System.nanoTime();
        try (MiniHttp http = new MiniHttp("127.0.0.1", port, 60_000)) {
            while (System.nanoTime() < deadline) {
                long t0 = System.nanoTime();
                MiniHttp.Response response = http.get(
                        "/api/criticisms/" + pick(samples.criticisms(), random) + "/consequences?windowMonths=0");
                latencies.add(System.nanoTime() - t0);
                requests++;
                if (response.status() != 400) {
                    throw new IllegalStateException(
                            "HTTP floor: expected a 400, got " + response.status() + " " + abbreviate(response.body()));
                }
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        log(
                "HTTP floor (400 before any query), 1 client: %.1f/s p50 %.3f p99 %.3f ms",
                requests / seconds, latencies.percentileMillis(50), latencies.percentileMillis(99));
        return Map.of(
                "requests",
                requests,
                "perSecond",
                round2(requests / seconds),
                "p50Millis",
                round3(latencies.percentileMillis(50)),
                "p99Millis",
                round3(latencies.percentileMillis(99)));
    }

    /** What one endpoint does: its API request, and the same statements through the driver. */
    record Scenario(
            String name, String note, ThrowingFunction<Random, String> api, ThrowingFunction<Random, Integer> raw) {}

    interface ThrowingFunction<A, B> {
        B apply(A a) throws Exception;
    }

    static List<Scenario> scenarios(Samples s, Raw raw, boolean hubs) {
        List<String> persons = hubs ? s.hubPersons : s.persons;
        List<String> criticisms = hubs ? s.hubCriticisms : s.criticisms;
        String suffix = hubs ? " (hubs)" : "";
        List<Scenario> all = new ArrayList<>();
        all.add(new Scenario(
                "consequences" + suffix,
                "2 statements: criticism-details, person-penalties",
                r -> "/api/criticisms/" + pick(criticisms, r) + "/consequences",
                r -> raw.consequences(pick(criticisms, r))));
        all.add(new Scenario(
                "ego depth 2" + suffix,
                "4 statements: ego-neighbours x2 (breadth first in Java), ego-nodes, ego-edges",
                r -> "/api/graph/ego/" + pick(persons, r) + "?depth=2",
                r -> raw.ego(pick(persons, r), 2, 300)));
        all.add(new Scenario(
                "shortest path" + suffix,
                "2 statements: graph-refs, graph-paths (maxLength 6)",
                r -> {
                    String[] pair = pair(persons, s.persons, r);
                    return "/api/paths?from=" + pair[0] + "&to=" + pair[1];
                },
                r -> {
                    String[] pair = pair(persons, s.persons, r);
                    return raw.paths(pair[0], pair[1]);
                }));
        if (!hubs) {
            all.add(new Scenario(
                    "search",
                    "1 statement: search-entities, exact and fuzzy hits ranked together",
                    r -> "/api/search?q=" + URLEncoder.encode(pick(s.words, r), StandardCharsets.UTF_8),
                    r -> raw.search(pick(s.words, r), 20)));
            all.add(new Scenario(
                    "rule checks",
                    "2 statements: rule-cases (all, for the coverage), rule-checks (a page of 100 at a random offset)",
                    r -> "/api/rules/checks?offset=" + s.ruleCheckOffset(r),
                    r -> raw.ruleChecks(s.ruleCheckOffset(r), 100)));
            all.add(new Scenario(
                    "cohort fates",
                    String.format(
                            "3 statements: cohort-anchor, cohort-members-of, cohort-member-facts; faction %s, %,d"
                                    + " members; curves in Java",
                            s.cohortFaction, s.cohortSize),
                    r -> "/api/cohorts/faction:" + s.cohortFaction + "/fates?events=EXPULSION,ARREST,EXECUTION",
                    r -> raw.cohortFates(s.cohortFaction)));
        }
        return all;
    }

    /** Random picks use a seed per round and thread, so API and raw rounds ask for the same ids. */
    private static String pick(List<String> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    private static String[] pair(List<String> starts, List<String> ends, Random r) {
        String from = pick(starts, r);
        String to = pick(ends, r);
        while (to.equals(from)) {
            to = pick(ends, r);
        }
        return new String[] {from, to};
    }

    private static List<Map<String, Object>> measure(
            Options options, int port, Scenario scenario, List<Integer> levels, int rounds) throws Exception {
        log("%s: warm-up", scenario.name());
        cell(port, scenario, true, 2, options.warmupSeconds(), 1);
        cell(port, scenario, false, 2, options.warmupSeconds(), 1);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int clients : levels) {
            Cell api = new Cell();
            Cell raw = new Cell();
            for (int round = 0; round < rounds; round++) {
                long seed = 1000L * clients + round;
                if (round % 2 == 0) {
                    api.add(cell(port, scenario, true, clients, options.roundSeconds(), seed));
                    raw.add(cell(port, scenario, false, clients, options.roundSeconds(), seed));
                } else {
                    raw.add(cell(port, scenario, false, clients, options.roundSeconds(), seed));
                    api.add(cell(port, scenario, true, clients, options.roundSeconds(), seed));
                }
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("scenario", scenario.name());
            row.put("note", scenario.note());
            row.put("clients", clients);
            row.put("api", api.summary());
            row.put("raw", raw.summary());
            row.put("ratio", round2(api.throughput() / raw.throughput()));
            rows.add(row);
            log(
                    "%-22s c=%d  api %8.1f/s p50 %6.2f p99 %7.2f ms | raw %8.1f/s p50 %6.2f p99 %7.2f ms | api/raw %.2f%s",
                    scenario.name(),
                    clients,
                    api.throughput(),
                    api.latencies.percentileMillis(50),
                    api.latencies.percentileMillis(99),
                    raw.throughput(),
                    raw.latencies.percentileMillis(50),
                    raw.latencies.percentileMillis(99),
                    api.throughput() / raw.throughput(),
                    api.errors.get() + raw.errors.get() > 0 ? "  errors api=" + api.errors + " raw=" + raw.errors : "");
        }
        return rows;
    }

    /** The requests of one side over some rounds. */
    static final class Cell {
        final Latencies latencies = new Latencies();
        final AtomicLong errors = new AtomicLong();
        final List<String> errorSamples = new ArrayList<>();
        long requests;
        double seconds;

        void add(Cell round) {
            latencies.addAll(round.latencies);
            errors.addAndGet(round.errors.get());
            requests += round.requests;
            seconds += round.seconds;
            if (errorSamples.size() < 3) {
                errorSamples.addAll(round.errorSamples.subList(0, Math.min(3, round.errorSamples.size())));
            }
        }

        double throughput() {
            return seconds == 0 ? 0 : requests / seconds;
        }

        Map<String, Object> summary() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("requests", requests);
            m.put("errors", errors.get());
            m.put("seconds", round2(seconds));
            m.put("perSecond", round2(throughput()));
            m.put("p50Millis", round2(latencies.percentileMillis(50)));
            m.put("p90Millis", round2(latencies.percentileMillis(90)));
            m.put("p99Millis", round2(latencies.percentileMillis(99)));
            m.put("maxMillis", round2(latencies.maxMillis()));
            if (!errorSamples.isEmpty()) {
                m.put("errorSamples", errorSamples);
            }
            return m;
        }
    }

    /** {@code clients} threads asking as fast as answers come, for {@code seconds}. */
    private static Cell cell(int port, Scenario scenario, boolean api, int clients, double seconds, long seed)
            throws InterruptedException {
        Cell cell = new Cell();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long[] counts = new long[clients];
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int t = 0; t < clients; t++) {
            int index = t;
            Thread thread = new Thread(
                    () -> {
                        Random random = new Random(seed * 31 + index);
                        try (MiniHttp http = new MiniHttp("127.0.0.1", port, 60_000)) {
                            while (System.nanoTime() < deadline) {
                                long t0 = System.nanoTime();
                                String error = null;
                                try {
                                    if (api) {
                                        String target = scenario.api().apply(random);
                                        MiniHttp.Response response = http.get(target);
                                        if (response.status() != 200) {
                                            error = response.status() + " " + target + " "
                                                    + abbreviate(response.body());
                                        }
                                    } else {
                                        scenario.raw().apply(random);
                                    }
                                } catch (Exception e) {
                                    error = e.toString();
                                }
                                cell.latencies.add(System.nanoTime() - t0);
                                counts[index]++;
                                if (error != null) {
                                    cell.errors.incrementAndGet();
                                    synchronized (cell.errorSamples) {
                                        if (cell.errorSamples.size() < 3) {
                                            cell.errorSamples.add(error);
                                        }
                                    }
                                }
                            }
                        }
                    },
                    "bench-client-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        cell.seconds = (System.nanoTime() - started) / 1e9;
        cell.requests = Arrays.stream(counts).sum();
        return cell;
    }

    /** The ids a run draws from: uniform samples of persons and criticisms, the hubs, and search words. */
    record Samples(
            List<String> persons,
            List<String> criticisms,
            List<String> words,
            List<String> hubPersons,
            List<String> hubCriticisms,
            long ruleChecks,
            String cohortFaction,
            long cohortSize) {

        /** The start of a page of 100 rule checks, drawn uniformly from the pages there are. */
        int ruleCheckOffset(Random r) {
            return 100 * r.nextInt((int) Math.max(1, (ruleChecks + 99) / 100));
        }

        static Samples of(Driver driver, int n, long seed) {
            try (var session = driver.session(SessionConfig.builder()
                    .withDefaultAccessMode(AccessMode.READ)
                    .build())) {
                List<String> allPersons = session.executeRead(tx -> tx.run("MATCH (p:Person) RETURN p.id AS id")
                        .list(r -> r.get("id").asString()));
                List<String> allCriticisms = session.executeRead(tx -> tx.run("MATCH (c:Criticism) RETURN c.id AS id")
                        .list(r -> r.get("id").asString()));
                Random random = new Random(seed);
                List<String> persons = sample(allPersons, n, random);
                List<String> criticisms = sample(allCriticisms, n, random);
                List<String> words = session
                        .executeRead(tx -> tx.run(
                                        "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.name AS name",
                                        Map.of("ids", persons.subList(0, Math.min(100, persons.size()))))
                                .list(r -> r.get("name").asString("")))
                        .stream()
                        .map(name -> name.contains(" ") ? name.substring(name.lastIndexOf(' ') + 1) : name)
                        .filter(w -> !w.isBlank())
                        .distinct()
                        .toList();
                List<String> hubPersons =
                        session.executeRead(tx -> tx.run("MATCH (p:Person) WITH p, COUNT { (p)--() } AS degree "
                                        + "ORDER BY degree DESC LIMIT 5 RETURN p.id AS id")
                                .list(r -> r.get("id").asString()));
                List<String> hubCriticisms = session.executeRead(tx -> tx.run(
                                "UNWIND $ids AS id MATCH (:Person {id: id})-[:MADE]->(c:Criticism) "
                                        + "RETURN DISTINCT c.id AS id LIMIT 20",
                                Map.of("ids", hubPersons))
                        .list(r -> r.get("id").asString()));
                long ruleChecks = session.executeRead(tx -> (long)
                        tx.run(CypherFiles.get("queries/rule-cases"), org.dissentgraph.rule.RuleScope.parameters())
                                .list()
                                .size());
                // the cohort: the faction whose membership is nearest to 1 % of the persons (10,000 at 1M)
                long target = Math.max(1, allPersons.size() / 100);
                Record cohort = session.executeRead(tx -> tx.run(
                                "MATCH (f:Faction) WITH f, COUNT { (f)<-[:MEMBER_OF]-(:Person) } AS size"
                                        + " RETURN f.id AS id, size ORDER BY abs(size - $target), id LIMIT 1",
                                Map.of("target", target))
                        .single());
                return new Samples(
                        persons,
                        criticisms,
                        words,
                        hubPersons,
                        hubCriticisms.isEmpty() ? criticisms : hubCriticisms,
                        ruleChecks,
                        cohort.get("id").asString(),
                        cohort.get("size").asLong());
            }
        }

        private static List<String> sample(List<String> all, int n, Random random) {
            if (all.size() <= n) {
                return all;
            }
            Set<Integer> picked = new LinkedHashSet<>();
            while (picked.size() < n) {
                picked.add(random.nextInt(all.size()));
            }
            return picked.stream().map(all::get).toList();
        }
    }

    /**
     * The raw side: the statements each endpoint runs, in the same order and with the same
     * parameters, in read transactions with the same timeout, records fetched but not mapped.
     */
    static final class Raw {
        private final Driver driver;
        private final TransactionConfig config;

        Raw(Driver driver, Duration timeout) {
            this.driver = driver;
            this.config = TransactionConfig.builder().withTimeout(timeout).build();
        }

        List<Record> read(String file, Map<String, Object> parameters) {
            String cypher = CypherFiles.get(file);
            try (var session = driver.session(SessionConfig.builder()
                    .withDefaultAccessMode(AccessMode.READ)
                    .build())) {
                return session.executeRead(tx -> tx.run(cypher, parameters).list(), config);
            }
        }

        /** ConsequenceService.of, step for step: the criticism, then its person critics' penalties. */
        int consequences(String id) {
            List<Record> details = read("queries/criticism-details", Map.of("ids", List.of(id)));
            if (details.isEmpty()) {
                return 0;
            }
            List<String> critics = details.get(0).get("critics").asList(v -> v).stream()
                    .filter(v -> "Person".equals(v.get("type").asString(null)))
                    .map(v -> v.get("id").asString())
                    .toList();
            return details.size()
                    + (critics.isEmpty()
                            ? 0
                            : read("queries/person-penalties", Map.of("ids", critics))
                                    .size());
        }

        /** GraphService.ego, step for step (supernodes of more than 2,000 relationships not stepped through). */
        int ego(String id, int depth, int maxNodes) {
            Set<String> kept = new LinkedHashSet<>(List.of(id));
            List<String> frontier = List.of(id);
            boolean truncated = false;
            long hubDegree = 2_000;
            for (int step = 1; step <= depth && !frontier.isEmpty() && !truncated; step++) {
                int room = maxNodes - kept.size();
                Map<String, Object> parameters = noDate();
                parameters.put("frontier", List.copyOf(frontier));
                parameters.put("seen", List.copyOf(kept));
                parameters.put("rels", ACTOR);
                parameters.put("limit", room + 1);
                List<Record> next = read("queries/graph-ego-neighbours", parameters);
                if (next.size() > room) {
                    truncated = true;
                    next = next.subList(0, room);
                }
                next.forEach(r -> kept.add(r.get("id").asString()));
                frontier = next.stream()
                        .filter(r -> r.get("degree").asLong() <= hubDegree)
                        .map(r -> r.get("id").asString())
                        .toList();
            }
            Map<String, Object> nodes = noDate();
            nodes.put("ids", List.copyOf(kept));
            List<Record> found = read("queries/graph-ego-nodes", nodes);
            Map<String, Object> edges = noDate();
            edges.put("ids", List.copyOf(kept));
            edges.put(
                    "elementIds",
                    found.stream().map(r -> r.get("elementId").asString()).toList());
            edges.put("rels", ACTOR);
            return found.size() + read("queries/graph-ego-edges", edges).size();
        }

        /** CohortRepository.read for a faction cohort, step for step: its anchor, its members, their facts. */
        int cohortFates(String faction) {
            String cypherAnchor = CypherFiles.get("queries/cohort-anchor");
            String cypherMembers = CypherFiles.get("queries/cohort-members-of");
            String cypherFacts = CypherFiles.get("queries/cohort-member-facts");
            try (var session = driver.session(SessionConfig.builder()
                    .withDefaultAccessMode(AccessMode.READ)
                    .build())) {
                return session.executeRead(
                        tx -> {
                            Map<String, Object> part = new HashMap<>();
                            part.put("anchor", faction);
                            part.put("label", "Faction");
                            int anchor = tx.run(cypherAnchor, part).list().size();
                            part.put("atEarliest", null);
                            part.put("atLatest", null);
                            List<String> ids =
                                    tx
                                            .run(cypherMembers, part)
                                            .list(r -> r.get("person").get("id").asString())
                                            .stream()
                                            .distinct()
                                            .toList();
                            return anchor
                                    + ids.size()
                                    + tx.run(cypherFacts, Map.of("ids", ids))
                                            .list()
                                            .size();
                        },
                        config);
            }
        }

        int paths(String from, String to) {
            int refs =
                    read("queries/graph-refs", Map.of("ids", List.of(from, to))).size();
            if (refs < 2) {
                return refs;
            }
            Map<String, Object> parameters = noDate();
            parameters.put("from", from);
            parameters.put("to", to);
            parameters.put("rels", ACTOR);
            parameters.put("maxLength", 6);
            parameters.put("limit", 11);
            parameters.put("hubDegree", 2_000L);
            return read("queries/graph-paths", parameters).size();
        }

        int search(String text, int limit) {
            // one statement, as the service runs it: exact and fuzzy hits ranked together, a page and its total
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("exact", SearchQueries.exact(text));
            parameters.put("fuzzy", SearchQueries.fuzzy(text).orElse(null));
            parameters.put("types", List.of());
            parameters.put("events", List.of("Criticism", "Penalty", "Purge", "Rule", "Statement", "Vote"));
            parameters.put("sources", List.of("Source"));
            parameters.put("offset", 0);
            parameters.put("limit", limit);
            return read("queries/search-entities", parameters).stream()
                    .mapToInt(r -> r.get("hits").size())
                    .sum();
        }

        int ruleChecks(int offset, int limit) {
            List<Map<String, Object>> cases =
                    read("queries/rule-cases", org.dissentgraph.rule.RuleScope.parameters()).stream()
                            .skip(offset)
                            .limit(limit)
                            .map(r -> Map.<String, Object>of(
                                    "penalty", r.get("penaltyId").asString(),
                                    "rule", r.get("ruleId").asString(),
                                    "person", r.get("personId").asString()))
                            .toList();
            return cases.isEmpty()
                    ? 0
                    : read("queries/rule-checks", Map.of("cases", cases)).size();
        }

        private static Map<String, Object> noDate() {
            Map<String, Object> parameters = new HashMap<>();
            parameters.put("atEarliest", null);
            parameters.put("atLatest", null);
            return parameters;
        }
    }

    // ---------------------------------------------------------------- output

    private static void write(Path out, Map<String, Object> results) throws IOException {
        Files.writeString(
                out.resolve("results.json"), JsonMapper.createDefault().writeValueAsString(results));
        Files.writeString(out.resolve("results.md"), markdown(results));
    }

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> results) {
        StringBuilder md = new StringBuilder("# Dissent Graph benchmark\n\n");
        md.append("Run ")
                .append(results.get("started"))
                .append(" → ")
                .append(results.getOrDefault("finished", "(running)"))
                .append("; machine ")
                .append(results.get("machine"))
                .append("; options ")
                .append(results.get("options"))
                .append("\n\n");
        for (Map<String, Object> size : (List<Map<String, Object>>) results.get("sizes")) {
            md.append(String.format(
                    Locale.ROOT,
                    "## %,d persons (%,d file rows)%n%n",
                    ((Number) size.get("persons")).longValue(),
                    ((Number) size.get("fileRows")).longValue()));
            md.append("Load average at start ")
                    .append(size.get("loadAverageAtStart"))
                    .append(", at end ")
                    .append(size.get("loadAverageAtEnd"))
                    .append(".\n\n");
            Map<String, Object> imports = (Map<String, Object>) size.get("import");
            Map<String, Object> importer = (Map<String, Object>) imports.get("importer");
            Map<String, Object> raw = (Map<String, Object>) imports.get("raw");
            md.append(
                    "| import | mode | validation ms | write ms | nodes | relationships | file rows/s | nodes+rels/s |\n|---|---|---|---|---|---|---|---|\n");
            md.append(String.format(
                    Locale.ROOT,
                    "| importer (import command) | %s | %s | %s | %s | %s | %s | %s |%n",
                    importer.get("mode"),
                    importer.get("validateMillis"),
                    importer.get("writeMillis"),
                    importer.get("nodes"),
                    importer.get("relationships"),
                    importer.get("rowsPerSecond"),
                    importer.get("entitiesPerSecond")));
            if (raw != null) {
                md.append(String.format(
                        Locale.ROOT,
                        "| raw UNWIND … MERGE, batches of %d | batched | – | %s | %s | %s | %s | %s |%n",
                        RawLoad.BATCH,
                        raw.get("millis"),
                        raw.get("nodes"),
                        raw.get("relationships"),
                        raw.get("rowsPerSecond"),
                        raw.get("entitiesPerSecond")));
                md.append("\nimporter/raw write throughput: **")
                        .append(imports.get("ratio"))
                        .append(
                                "offline".equals(importer.get("mode"))
                                        ? "** (offline import; target ≥ 8)\n\n"
                                        : "** (target ≥ 0.9)\n\n");
            } else {
                md.append("\n(raw load skipped at this size)\n\n");
            }
            md.append(
                    "| endpoint | clients | API req/s | API p50 ms | API p99 ms | raw req/s | raw p50 ms | raw p99 ms | API/raw | errors |\n");
            md.append("|---|---|---|---|---|---|---|---|---|---|\n");
            for (Map<String, Object> row : (List<Map<String, Object>>) size.getOrDefault("queries", List.of())) {
                Map<String, Object> api = (Map<String, Object>) row.get("api");
                Map<String, Object> r = (Map<String, Object>) row.get("raw");
                md.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        row.get("scenario"),
                        row.get("clients"),
                        api.get("perSecond"),
                        api.get("p50Millis"),
                        api.get("p99Millis"),
                        r.get("perSecond"),
                        r.get("p50Millis"),
                        r.get("p99Millis"),
                        row.get("ratio"),
                        ((Number) api.get("errors")).longValue() + ((Number) r.get("errors")).longValue()));
            }
            if (size.get("httpFloor") instanceof Map<?, ?> floor) {
                md.append(String.format(
                        Locale.ROOT,
                        "%nHTTP floor (a 400 answered before any query, 1 client): %s req/s, p50 %s ms, p99 %s ms.%n",
                        floor.get("perSecond"),
                        floor.get("p50Millis"),
                        floor.get("p99Millis")));
            }
            md.append("\nRaw side per endpoint: ");
            ((List<Map<String, Object>>) size.getOrDefault("queries", List.of()))
                    .stream()
                            .filter(row -> ((Number) row.get("clients")).intValue() == 1)
                            .forEach(row -> md.append(row.get("scenario"))
                                    .append(" = ")
                                    .append(row.get("note"))
                                    .append("; "));
            md.append("\n\n");
        }
        if (results.get("startup") instanceof Map<?, ?> startup) {
            md.append("## Start-up\n\n")
                    .append("Packaged jar, medians of ")
                    .append(((List<?>) startup.get("rounds")).size())
                    .append(" rounds (#15 ask 4: first start at most 1.3x, restart at most 1.1x the bare Neo4j):\n\n")
                    .append(
                            "| | bare Neo4j (first `RETURN 1`) | service (`/health` UP) | service/bare |\n|---|---|---|---|\n")
                    .append("| first start, empty store | ")
                    .append(startup.get("bareFreshMillis"))
                    .append(" ms | ")
                    .append(startup.get("serviceFreshMillis"))
                    .append(" ms | ")
                    .append(startup.get("freshRatio"))
                    .append(" |\n| restart on that store | ")
                    .append(startup.get("bareRestartMillis"))
                    .append(" ms | ")
                    .append(startup.get("serviceRestartMillis"))
                    .append(" ms | ")
                    .append(startup.get("restartRatio"))
                    .append(" |\n\nPeak RSS (VmHWM) of the service's first start: ")
                    .append(startup.get("medianPeakRssMb"))
                    .append(" MB; load average ")
                    .append(startup.get("loadAverage"))
                    .append("; every round: ")
                    .append(startup.get("rounds"))
                    .append(".\n");
        }
        return md.toString();
    }

    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static long perSecond(long rows, long millis) {
        return rows * 1000 / Math.max(millis, 1);
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    private static void log(String format, Object... args) {
        System.out.printf(
                Locale.ROOT, "[bench %tT] %s%n", System.currentTimeMillis(), String.format(Locale.ROOT, format, args));
    }
}

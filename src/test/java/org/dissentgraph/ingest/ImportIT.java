package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.support.GraphChecksum;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

/**
 * Loading your own data, against a service of its own (in-process Neo4j, nothing preloaded, write
 * credentials configured): bad inputs refused with exact errors and nothing written, idempotent
 * re-imports, exact changes, auth, and roll-forward after a crash.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportIT {

    private static final Path BAD = Path.of("src/test/resources/bad-imports");
    private static final String USER =
            "Basic " + Base64.getEncoder().encodeToString("tester:s3cret-pw".getBytes(StandardCharsets.UTF_8));

    private ApplicationContext context;
    private URI base;
    private Driver driver;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void start() throws Exception {
        Path data = Files.createTempDirectory("dissent-import-it");
        dataDir = data.resolve("neo4j");
        context = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "dissent.data-dir",
                                data.resolve("neo4j").toString(),
                                "dissent.staging-dir",
                                data.resolve("imports").toString(),
                                "dissent.embedded.bolt-port",
                                0,
                                "dissent.embedded.http-port",
                                0,
                                "dissent.load",
                                "never",
                                "dissent.write-users",
                                "tester:s3cret-pw",
                                "dissent.api-token",
                                "token-for-tests",
                                "micronaut.server.port",
                                -1))
                .getApplicationContext();
        base = context.getBean(EmbeddedServer.class).getURI();
        driver = context.getBean(Driver.class);
        // a dataset already in the database, for references into it and to watch for collateral damage
        assertThat(state(post(zip(Path.of("src/test/resources/fixtures/rules")), "rules", USER)))
                .isEqualTo("DONE");
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private Path dataDir;

    private HttpResponse<String> post(byte[] zip, String dataset, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/imports?dataset=" + dataset))
                .header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zip));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Waits for the import to end; returns its status JSON. */
    private String await(HttpResponse<String> accepted) throws Exception {
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String id = field(accepted.body(), "id");
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String status = http.send(
                            HttpRequest.newBuilder(base.resolve("/api/imports/" + id))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            String state = field(status, "state");
            if ("DONE".equals(state) || "FAILED".equals(state)) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not end");
    }

    private String state(HttpResponse<String> accepted) throws Exception {
        return field(await(accepted), "state");
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"")
                .matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*([0-9]+)").matcher(json);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    static byte[] zip(Path dir) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes);
                Stream<Path> files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    static Stream<String> badCases() throws Exception {
        try (Stream<Path> dirs = Files.list(BAD)) {
            return dirs
                    .filter(d -> Files.exists(d.resolve("expected-errors.txt")) && !d.endsWith("zips"))
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void a_bad_input_is_refused_with_exactly_its_errors_and_nothing_is_written(String name) throws Exception {
        // The cases run one after another (nothing else of this class between them), and each one
        // proves the graph unchanged: the state it ends with is the next case's state before.
        GraphChecksum.State before = afterLastBadCase != null ? afterLastBadCase : GraphChecksum.of(driver);
        afterLastBadCase = null;
        String status = await(post(zip(BAD.resolve(name)), "bad-" + name, USER));
        assertThat(field(status, "state")).isEqualTo("FAILED");
        List<String> expected = Files.readAllLines(BAD.resolve(name).resolve("expected-errors.txt")).stream()
                .filter(l -> !l.isBlank())
                .toList();
        List<String> actual = errors(status);
        assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
        GraphChecksum.State after = GraphChecksum.of(driver);
        assertThat(after).isEqualTo(before);
        afterLastBadCase = after;
    }

    /** The graph as the last bad case left it (and found it), while the bad cases run. */
    private GraphChecksum.State afterLastBadCase;

    @org.junit.jupiter.api.BeforeEach
    void forgetTheBadCasesStateOutsideThem(org.junit.jupiter.api.TestInfo test) {
        if (!test.getTestMethod()
                .map(m -> m.getName().startsWith("a_bad_input"))
                .orElse(false)) {
            afterLastBadCase = null;
        }
    }

    @Test
    void a_consistency_warning_does_not_block_an_import_and_is_shown_in_its_status(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("sources.csv"), "id,kind,title\nwarned-src,secondary,A source\n");
        Files.writeString(dir.resolve("persons.csv"), "id,name,confidence\nwarned-a,Person A,high\n");
        Files.writeString(dir.resolve("organs.csv"), "id,name,kind,confidence\nwarned-party,The Party,party,high\n");
        Files.writeString(dir.resolve("penalties.csv"), """
                id,person,kind,outcome,decision_date,from,summary,confidence
                warned-e1,warned-a,EXPULSION,APPLIED,1927,warned-party,Expelled,high
                warned-e2,warned-a,EXPULSION,APPLIED,1927-12,warned-party,Expelled,high
                """);
        Files.writeString(
                dir.resolve("citations.csv"),
                "claim,source,quote\nwarned-a,warned-src,A\nwarned-party,warned-src,P\n"
                        + "warned-e1,warned-src,x\nwarned-e2,warned-src,y\n");
        String status = await(post(zip(dir), "warned", USER));
        assertThat(field(status, "state")).isEqualTo("DONE");
        assertThat(number(status, "warningCount")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<String> warnings = (List<String>) context.getBean(io.micronaut.json.JsonMapper.class)
                .readValue(status, Map.class)
                .get("warnings");
        assertThat(warnings)
                .singleElement()
                .asString()
                .startsWith(
                        "penalties.csv:3 [from]: warned-a is expelled from warned-party twice at overlapping dates");
    }

    /** The corpus case whose only finding is a warning: what {@code strict} turns into an error. */
    private static final Path WARNING_ONLY = BAD.resolve("warning-only");

    private static List<String> expectedWarnings() throws Exception {
        return Files.readAllLines(WARNING_ONLY.resolve("expected-warnings.txt")).stream()
                .filter(l -> !l.isBlank())
                .toList();
    }

    @Test
    void strict_an_upload_with_strict_true_and_a_warning_writes_nothing_and_names_file_line_and_column()
            throws Exception {
        GraphChecksum.State before = GraphChecksum.of(driver);
        String strict = await(post(zip(WARNING_ONLY), "strict-warned&strict=true", USER));
        assertThat(field(strict, "state")).isEqualTo("FAILED");
        assertThat(errors(strict)).containsExactlyElementsOf(expectedWarnings());
        assertThat(GraphChecksum.of(driver)).isEqualTo(before);

        String plain = await(post(zip(WARNING_ONLY), "strict-warned&strict=false", USER));
        assertThat(field(plain, "state")).isEqualTo("DONE");
        assertThat(number(plain, "added")).isPositive();
        assertThat(list(plain, "warnings")).containsExactlyElementsOf(expectedWarnings());
    }

    @Test
    void strict_is_true_or_false_else_the_upload_is_a_400_naming_it() throws Exception {
        HttpResponse<String> response = post(zip(WARNING_ONLY), "strict-bad&strict=yes", USER);
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(field(response.body(), "parameter")).isEqualTo("strict");
        assertThat(field(response.body(), "detail")).isEqualTo("'yes' is not one of true, false");
    }

    @Test
    void strict_the_import_command_with_strict_writes_nothing_over_bolt_or_through_the_service() throws Exception {
        GraphChecksum.State before = GraphChecksum.of(driver);
        String bolt = context.getBean(org.dissentgraph.neo4j.EmbeddedNeo4jServer.class)
                .boltUri()
                .toString();
        Map<String, String> service =
                Map.of("DISSENT_URL", base.toString(), "DISSENT_USER", "tester", "DISSENT_PASSWORD", "s3cret-pw");
        for (Map<String, String> env : List.of(Map.of("NEO4J_URI", bolt), service)) {
            Run strict = cli(env, WARNING_ONLY, "strict-cli", true);
            assertThat(strict.exit()).as(strict.out()).isEqualTo(1);
            assertThat(strict.err())
                    .contains(expectedWarnings())
                    .contains(expectedWarnings().size() + " error(s); nothing was written")
                    .doesNotContain("warning:");
            assertThat(GraphChecksum.of(driver)).isEqualTo(before);
        }
        Run plain = cli(Map.of("NEO4J_URI", bolt), WARNING_ONLY, "strict-cli", false);
        assertThat(plain.exit()).as(plain.err()).isZero();
        assertThat(plain.err()).contains(expectedWarnings().get(0).replaceFirst("]: ", "]: warning: "));
        assertThat(plain.out()).contains("DONE");
    }

    @SuppressWarnings("unchecked")
    private List<String> list(String json, String name) throws Exception {
        Map<String, Object> status =
                context.getBean(io.micronaut.json.JsonMapper.class).readValue(json, Map.class);
        return (List<String>) status.getOrDefault(name, List.of());
    }

    private List<String> errors(String json) throws Exception {
        return list(json, "errors");
    }

    @Test
    void an_empty_or_path_traversing_zip_is_refused_at_upload_naming_the_body() throws Exception {
        GraphChecksum.State before = GraphChecksum.of(driver);
        for (String line : Files.readAllLines(BAD.resolve("zips/expected-errors.txt"))) {
            String[] parts = line.split("\t");
            HttpResponse<String> response =
                    post(Files.readAllBytes(BAD.resolve("zips").resolve(parts[0])), "zips", USER);
            assertThat(response.statusCode()).as(parts[0]).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(field(response.body(), "parameter")).isEqualTo("body");
            assertThat(field(response.body(), "detail")).isEqualTo(parts[1]);
        }
        assertThat(GraphChecksum.of(driver)).isEqualTo(before);
    }

    @Test
    void writes_need_credentials_and_reads_stay_open() throws Exception {
        byte[] zip = zip(Path.of("src/test/resources/fixtures/rules"));
        assertThat(post(zip, "auth-check", null).statusCode()).isEqualTo(401);
        String wrong = "Basic " + Base64.getEncoder().encodeToString("tester:wrong".getBytes(StandardCharsets.UTF_8));
        assertThat(post(zip, "auth-check", wrong).statusCode()).isEqualTo(401);
        assertThat(post(zip, "auth-check", "Bearer not-the-token").statusCode()).isEqualTo(401);
        HttpResponse<String> withToken = post(zip, "rules", "Bearer token-for-tests");
        assertThat(state(withToken)).isEqualTo("DONE");
        HttpResponse<String> read = http.send(
                HttpRequest.newBuilder(base.resolve("/api/criticisms")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(read.statusCode()).isEqualTo(200);
    }

    @Test
    void importing_the_same_files_twice_changes_nothing() throws Exception {
        byte[] zip = zip(Path.of("src/test/resources/fixtures/rules"));
        await(post(zip, "rules", USER));
        GraphChecksum.State first = GraphChecksum.of(driver);
        String again = await(post(zip, "rules", USER));
        assertThat(field(again, "state")).isEqualTo("DONE");
        assertThat(number(again, "added")).isZero();
        assertThat(number(again, "changed")).isZero();
        assertThat(number(again, "retracted")).isZero();
        assertThat(number(again, "unchanged")).isEqualTo(18);
        assertThat(GraphChecksum.of(driver)).isEqualTo(first);
    }

    @Test
    void a_changed_row_changes_exactly_that_and_a_removed_row_is_retracted(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path fixture = Path.of("src/test/resources/fixtures/rules");
        try (Stream<Path> files = Files.list(fixture)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        await(post(zip(dir), "editable", USER)); // the same ids as 'rules', now owned by 'editable'
        Files.writeString(
                dir.resolve("persons.csv"),
                Files.readString(dir.resolve("persons.csv"))
                        .replace("member-a,Member A,high", "member-a,Member A (renamed),high"));
        Files.writeString(
                dir.resolve("penalties.csv"),
                String.join(
                                "\n",
                                Files.readAllLines(dir.resolve("penalties.csv")).stream()
                                        .filter(l -> !l.startsWith("d-expelled-later"))
                                        .toList())
                        + "\n");
        Files.writeString(
                dir.resolve("citations.csv"),
                String.join(
                                "\n",
                                Files.readAllLines(dir.resolve("citations.csv")).stream()
                                        .filter(l -> !l.startsWith("d-expelled-later"))
                                        .toList())
                        + "\n");
        String status = await(post(zip(dir), "editable", USER));
        assertThat(field(status, "state")).isEqualTo("DONE");
        // the person, and the penalty whose display name ("EXPULSION: Member A (…)") is derived from it
        assertThat(number(status, "changed")).isEqualTo(2);
        assertThat(number(status, "retracted")).isEqualTo(1);
        assertThat(number(status, "added")).isZero();
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:Person {id: 'member-a'}) RETURN p.name AS n")
                            .single()
                            .get("n")
                            .asString())
                    .isEqualTo("Member A (renamed)");
            assertThat(session.run("MATCH (p:Penalty {id: 'd-expelled-later'}) RETURN count(p) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
            assertThat(session.run("MATCH (i:Import {dataset: 'editable', state: 'DONE'}) RETURN count(i) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(2);
            assertThat(session.run("MATCH (p:Person {id: 'member-a'}) RETURN p.importId AS i")
                            .single()
                            .get("i")
                            .asString())
                    .as("a claim can be traced to the import that brought it")
                    .startsWith("import-");
        }
    }

    @Test
    void an_import_interrupted_mid_way_is_rolled_forward_to_exactly_the_state_after_it(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder persons = new StringBuilder("id,name,born,confidence\n");
        StringBuilder citations = new StringBuilder("claim,source,quote\n");
        for (int i = 0; i < 3000; i++) {
            persons.append("bulk-")
                    .append(i)
                    .append(",Bulk Person ")
                    .append(i)
                    .append(",19")
                    .append(10 + i % 80)
                    .append(",medium\n");
            citations.append("bulk-").append(i).append(",bulk-source,a line\n");
        }
        Files.writeString(dir.resolve("persons.csv"), persons);
        Files.writeString(dir.resolve("citations.csv"), citations);
        Files.writeString(dir.resolve("sources.csv"), "id,kind,title\nbulk-source,secondary,Generated\n");
        List<InputFile> files = DatasetFiles.fromDirectory(dir);
        Importer batched = Importer.over(driver, ImportSettings.defaults().withSingleTransactionRows(100));
        // force batches of 5,000 rows, each its own transaction
        String id = Importer.newId();
        // a crash: the process stops mid-way (an Error such as running out of memory is one), nothing records it
        assertThatThrownBy(() ->
                        batched.run(new ImportRequest(id, "bulk", files, "test", dir.toString(), false), snapshot -> {
                            if (snapshot.done() > 0 && snapshot.done() < snapshot.total()) {
                                throw new SimulatedCrash("simulated crash after " + snapshot.done() + " rows");
                            }
                        }))
                .hasMessageContaining("simulated crash");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (i:Import {id: $id}) RETURN i.state AS s", Map.of("id", id))
                            .single()
                            .get("s")
                            .asString())
                    .isEqualTo("RUNNING");
            long partial = session.run("MATCH (n:Entity {dataset: 'bulk'}) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
            long cited = session.run("MATCH (n:Entity {dataset: 'bulk'})-[c:CITES]->() RETURN count(c) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(partial + cited).as("a part of the import is written").isBetween(1L, 6001L);
        }
        assertThat(batched.rollForward(Progress.NONE))
                .extracting(ImportSummary::importId)
                .containsExactly(id);
        GraphChecksum.State rolled = GraphChecksum.of(driver);
        ImportSummary again = batched.run(
                new ImportRequest(Importer.newId(), "bulk", files, "test", dir.toString(), false), Progress.NONE);
        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(again.unchanged()).isEqualTo(3001);
        assertThat(GraphChecksum.of(driver)).isEqualTo(rolled);
        try (var session = driver.session()) {
            assertThat(session.run(
                                    "MATCH (i:Import {id: $id}) RETURN i.state AS s, i.rolledForward AS r",
                                    Map.of("id", id))
                            .single()
                            .get("r")
                            .asBoolean())
                    .isTrue();
        }
    }

    @Test
    void a_batched_import_stopped_by_an_error_ends_failed_with_that_error_and_the_same_files_finish_it(
            @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        StringBuilder persons = new StringBuilder("id,name,born,confidence\n");
        StringBuilder citations = new StringBuilder("claim,source,quote\n");
        for (int i = 0; i < 3000; i++) {
            citations.append("halt-").append(i).append(",halt-source,a line\n");
            persons.append("halt-")
                    .append(i)
                    .append(",Halted Person ")
                    .append(i)
                    .append(",1900,medium\n");
        }
        Files.writeString(dir.resolve("persons.csv"), persons);
        Files.writeString(dir.resolve("citations.csv"), citations);
        Files.writeString(dir.resolve("sources.csv"), "id,kind,title\nhalt-source,secondary,Generated\n");
        List<InputFile> files = DatasetFiles.fromDirectory(dir);
        Importer batched = Importer.over(driver, ImportSettings.defaults().withSingleTransactionRows(100));
        String id = Importer.newId();
        assertThatThrownBy(() ->
                        batched.run(new ImportRequest(id, "halt", files, "test", dir.toString(), false), snapshot -> {
                            if (snapshot.done() > 0 && snapshot.done() < snapshot.total()) {
                                throw new IllegalStateException("the disk is full");
                            }
                        }))
                .hasMessageContaining("the disk is full");

        String status = http.send(
                        HttpRequest.newBuilder(base.resolve("/api/imports/" + id))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        assertThat(field(status, "state")).as(status).isEqualTo("FAILED");
        assertThat(field(status, "lastError")).contains("the disk is full").contains("import the same files again");
        assertThat(field(status, "finishedAt")).isNotNull();
        assertThat(batched.rollForward(Progress.NONE))
                .as("a FAILED import is not rolled forward")
                .extracting(ImportSummary::importId)
                .doesNotContain(id);

        ImportSummary again = batched.run(
                new ImportRequest(Importer.newId(), "halt", files, "test", dir.toString(), false), Progress.NONE);
        assertThat(again.state()).isEqualTo(ImportState.DONE);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:Person {dataset: 'halt'}) RETURN count(p) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(3000);
        }
    }

    @Test
    void the_start_up_load_writes_in_batches_above_the_configured_single_transaction_rows() throws Exception {
        Path data = Files.createTempDirectory("dissent-import-settings");
        try (ApplicationContext batched = ApplicationContext.run(Map.of(
                "dissent.data-dir",
                data.resolve("neo4j").toString(),
                "dissent.embedded.bolt-port",
                0,
                "dissent.embedded.http-port",
                0,
                "dissent.import-dir",
                Path.of("src/test/resources/fixtures/rules").toString(),
                "dissent.load",
                "always",
                // what DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS=10 sets
                "dissent.import.single-transaction-rows",
                10))) {
            try (var session = batched.getBean(Driver.class).session()) {
                var startup = session.run("MATCH (i:Import {by: 'startup'}) RETURN i.mode AS mode, i.state AS state,"
                                + " i.totalRows AS rows")
                        .single();
                assertThat(startup.get("rows").asLong()).isGreaterThan(10);
                assertThat(startup.get("state").asString()).isEqualTo("DONE");
                assertThat(startup.get("mode").asString()).isEqualTo("batched");
            }
        }
    }

    /** What a crash looks like from inside the importer: an Error, which it does not record. */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash(String message) {
            super(message);
        }
    }

    private record Run(int exit, String out, String err) {}

    private Run cli(Map<String, String> env, Path dir, String dataset) {
        return cli(env, dir, dataset, false);
    }

    private Run cli(Map<String, String> env, Path dir, String dataset, boolean strict) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = new ImportCommand(
                        env,
                        new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                        new java.io.PrintStream(err, true, StandardCharsets.UTF_8))
                .run(dir, dataset, strict);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void the_import_command_loads_over_bolt_or_through_the_running_service() {
        Path fixture = Path.of("src/test/resources/fixtures/rules");
        String bolt = context.getBean(org.dissentgraph.neo4j.EmbeddedNeo4jServer.class)
                .boltUri()
                .toString();
        Run overBolt = cli(Map.of("NEO4J_URI", bolt), fixture, "cli-bolt");
        assertThat(overBolt.exit()).as(overBolt.err()).isZero();
        assertThat(overBolt.out()).contains("over Bolt").contains("DONE");

        Run refused = cli(Map.of("DISSENT_URL", base.toString()), fixture, "cli-http");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("refused the import (HTTP 401)").contains("DISSENT_USER");

        Run viaService = cli(
                Map.of("DISSENT_URL", base.toString(), "DISSENT_USER", "tester", "DISSENT_PASSWORD", "s3cret-pw"),
                fixture,
                "cli-http");
        assertThat(viaService.exit()).as(viaService.err()).isZero();
        assertThat(viaService.out()).contains("through the service").contains("DONE");
    }

    @Test
    void the_import_command_says_plainly_when_the_store_is_held_by_the_running_service() {
        Run locked = cli(
                Map.of("DISSENT_URL", "http://127.0.0.1:9", "DISSENT_DATA_DIR", dataDir.toString()),
                Path.of("src/test/resources/fixtures/rules"),
                "cli-store");
        assertThat(locked.exit()).isEqualTo(1);
        assertThat(locked.err())
                .contains("Cannot open the store at " + dataDir)
                .contains("locked")
                .contains("import through it instead")
                .doesNotContain("\tat ");
    }

    @Test
    void a_multipart_upload_of_the_csv_files_imports_them() throws Exception {
        String boundary = "dissent-boundary";
        var body = new ByteArrayOutputStream();
        for (String name : List.of(
                "sources.csv",
                "persons.csv",
                "organs.csv",
                "documents.csv",
                "rules.csv",
                "penalties.csv",
                "votes.csv",
                "citations.csv")) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + name
                            + "\"\r\nContent-Type: text/csv\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.write(Files.readAllBytes(Path.of("src/test/resources/fixtures/rules", name)));
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(base.resolve("/api/imports?dataset=multipart"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Authorization", USER)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(state(accepted)).isEqualTo("DONE");
    }

    @Test
    void a_generated_dataset_of_a_few_thousand_persons_imports(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path generated = dir.resolve("synthetic");
        int exit = org.dissentgraph.generate.GenerateCommand.run(
                new String[] {"generate", "--persons", "3000", "--seed", "42", generated.toString()},
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                System.err);
        assertThat(exit).isZero();
        List<InputFile> files = DatasetFiles.fromDirectory(generated);
        long started = System.nanoTime();
        ImportSummary summary = Importer.over(driver, ImportSettings.defaults())
                .run(
                        new ImportRequest(Importer.newId(), "synthetic", files, "test", generated.toString(), false),
                        Progress.NONE);
        double seconds = (System.nanoTime() - started) / 1e9;
        long rows = summary.rowsPerFile().values().stream()
                .mapToLong(Integer::longValue)
                .sum();
        System.out.printf(
                "ImportIT: generated dataset, %,d rows (%,d nodes, %,d relationships) imported in %.1f s: %,.0f rows/s%n",
                rows, summary.added(), summary.relationships(), seconds, rows / seconds);
        assertThat(summary.state()).isEqualTo(ImportState.DONE);
        assertThat(summary.added()).isGreaterThan(3000);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (p:Person {dataset: 'synthetic'}) RETURN count(p) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isEqualTo(3000);
        }
    }
}

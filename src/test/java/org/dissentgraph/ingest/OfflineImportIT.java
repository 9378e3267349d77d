package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * The offline initial load (neo4j-admin database import, #15 ask 3) against the online path: a
 * first start on an empty store writes the same graph the online importer writes, a later
 * incremental import behaves the same on both, a dataset with errors writes no store, and
 * {@code import --fresh} replaces a store.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfflineImportIT {

    private Path root;
    private EmbeddedNeo4jServer online;
    private Driver onlineDriver;
    private Path offlineHome;

    @BeforeAll
    void start() throws Exception {
        root = Files.createTempDirectory("dissent-offline-it");
        online = EmbeddedNeo4jServer.start(settings(root.resolve("online")));
        onlineDriver = GraphDatabase.driver(online.boltUri(), AuthTokens.none());
        Importer importer = Importer.over(onlineDriver, ImportSettings.defaults());
        importer.applySchema();
        assertThat(importer.run(bundled(), Progress.NONE).state()).isEqualTo(ImportState.DONE);
        offlineHome = root.resolve("offline");
    }

    @AfterAll
    void stop() {
        onlineDriver.close();
        online.close();
        OfflineImport.deleteTree(root);
    }

    @Test
    @Order(1)
    void a_first_start_on_an_empty_store_writes_offline_exactly_the_graph_of_the_online_import(@TempDir Path edits)
            throws Exception {
        try (ApplicationContext service = ApplicationContext.run(Map.of(
                "dissent.data-dir",
                offlineHome.toString(),
                "dissent.embedded.bolt-port",
                0,
                "dissent.embedded.http-port",
                0,
                "dissent.load",
                "if-empty",
                // the bundled dataset is below the default threshold of 100,000 rows
                "dissent.import.offline-min-rows",
                0,
                "dissent.warmup.enabled",
                false))) {
            Driver offline = service.getBean(Driver.class);
            try (var session = offline.session()) {
                var audit = session.run("MATCH (i:Import) RETURN collect(i {.*}) AS imports")
                        .single()
                        .get("imports")
                        .asList(v -> v.asMap());
                assertThat(audit)
                        .as("one import, written offline and marked DONE at start-up")
                        .hasSize(1);
                assertThat(audit.get(0))
                        .containsEntry("mode", "offline")
                        .containsEntry("state", "DONE")
                        .containsEntry("by", "startup")
                        .containsEntry("checksum", DatasetFiles.checksum(DatasetFiles.bundled()))
                        .containsKeys("writeMillis", "validateMillis", "finishedAt");
            }
            Map<String, Object> written = graph(offline);
            assertThat(written)
                    .as("the bundled dataset's nodes and relationships")
                    .hasSizeGreaterThan(5_000);
            assertThat(written).isEqualTo(graph(onlineDriver));

            // the same change, imported online into both stores, changes the same rows and leaves equal graphs
            copy(Path.of("import"), edits);
            Files.writeString(
                    edits.resolve("persons.csv"),
                    Files.readString(edits.resolve("persons.csv"))
                            .replace(",Alexandra Kollontai,", ",A. M. Kollontai,"));
            Files.writeString(
                    edits.resolve("citations.csv"), withoutOneRedundantCitation(edits.resolve("citations.csv")));
            ImportSummary onOnline = edit(onlineDriver, edits);
            assertThat(onOnline.state()).as("%s", onOnline.errors()).isEqualTo(ImportState.DONE);
            ImportSummary onOffline = edit(offline, edits);
            assertThat(onOffline.state()).as("%s", onOffline.errors()).isEqualTo(ImportState.DONE);
            assertThat(onOnline.changed())
                    .as("the renamed person and the names derived from hers")
                    .isGreaterThan(1);
            assertThat(List.of(
                            onOffline.added(),
                            onOffline.changed(),
                            onOffline.unchanged(),
                            onOffline.retracted(),
                            onOffline.relationships()))
                    .isEqualTo(List.of(
                            onOnline.added(),
                            onOnline.changed(),
                            onOnline.unchanged(),
                            onOnline.retracted(),
                            onOnline.relationships()));
            assertThat(graph(offline)).isEqualTo(graph(onlineDriver));
        }
    }

    @Test
    @Order(2)
    void import_fresh_replaces_the_store_with_one_holding_only_its_dataset() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env =
                Map.of("DISSENT_DATA_DIR", offlineHome.toString(), "DISSENT_URL", "http://127.0.0.1:1");
        int exit = new ImportCommand(env, print(out), print(err))
                .run(Path.of("src/test/resources/fixtures/rules"), "rules", false, true);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("IMPORT DONE", "DONE: 18 added, 0 changed, 0 unchanged, 0 retracted");
        try (Stream<Path> left = Files.list(offlineHome)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("offline-import-"));
        }
        // the service on the new store finds only that dataset, and refuses --fresh while it runs
        try (ApplicationContext service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "dissent.data-dir",
                                offlineHome.toString(),
                                "dissent.embedded.bolt-port",
                                0,
                                "dissent.embedded.http-port",
                                0,
                                "dissent.load",
                                "never",
                                "micronaut.server.port",
                                -1,
                                "dissent.warmup.enabled",
                                false))
                .getApplicationContext()) {
            try (var session = service.getBean(Driver.class).session()) {
                assertThat(session.run("MATCH (n:Entity) RETURN collect(DISTINCT n.dataset) AS d")
                                .single()
                                .get("d")
                                .asList())
                        .containsExactly("rules");
                assertThat(session.run("MATCH (i:Import) RETURN collect(i.mode + ' ' + i.state + ' ' + i.by) AS i")
                                .single()
                                .get("i")
                                .asList())
                        .containsExactly("offline DONE cli");
            }
            String url = service.getBean(EmbeddedServer.class).getURI().toString();
            ByteArrayOutputStream refused = new ByteArrayOutputStream();
            int again = new ImportCommand(
                            Map.of("DISSENT_DATA_DIR", offlineHome.toString(), "DISSENT_URL", url),
                            print(new ByteArrayOutputStream()),
                            print(refused))
                    .run(Path.of("src/test/resources/fixtures/rules"), "rules", false, true);
            assertThat(again).isEqualTo(1);
            assertThat(refused.toString(StandardCharsets.UTF_8)).contains("A service answers at " + url, "Stop it");
        }
    }

    @Test
    @Order(3)
    void import_fresh_is_refused_with_neo4j_uri() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new ImportCommand(
                        Map.of("NEO4J_URI", online.boltUri().toString()),
                        print(new ByteArrayOutputStream()),
                        print(err))
                .run(Path.of("src/test/resources/fixtures/rules"), "rules", false, true);
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("import --fresh", "NEO4J_URI=" + online.boltUri());
    }

    @Test
    void a_dataset_with_errors_writes_no_store_and_leaves_no_files() {
        Path home = root.resolve("rejected");
        OfflineImport.Outcome outcome = OfflineImport.write(
                home,
                new ImportRequest(
                        Importer.newId(),
                        "bad",
                        DatasetFiles.fromDirectory(Path.of("src/test/resources/bad-imports/duplicate-id")),
                        "test",
                        "bad",
                        false),
                false,
                0,
                print(new ByteArrayOutputStream()));
        assertThat(outcome.rejected()).isTrue();
        assertThat(outcome.written()).isFalse();
        assertThat(outcome.errors()).isNotEmpty();
        assertThat(OfflineImport.storeIsEmpty(home)).isTrue();
        assertThat(home).doesNotExist();
    }

    // --- helpers

    private static ImportRequest bundled() {
        return new ImportRequest(
                Importer.newId(), "bundled", DatasetFiles.bundled(), "startup", ImportRequest.BUNDLED, false);
    }

    private static ImportSummary edit(Driver driver, Path dir) {
        return Importer.over(driver, ImportSettings.defaults())
                .run(
                        new ImportRequest(
                                Importer.newId(),
                                "bundled",
                                DatasetFiles.fromDirectory(dir),
                                "test",
                                dir.toString(),
                                false),
                        Progress.NONE);
    }

    /**
     * The citations file without its last row whose claim (for the same aspect) and source are both
     * cited elsewhere too (dropping a claim's only citation, or a source's, would make the edit invalid).
     */
    private static String withoutOneRedundantCitation(Path file) throws Exception {
        List<org.apache.commons.csv.CSVRecord> records;
        List<String> header;
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(file))) {
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        // a claim's citations for one aspect (imposed_by, grounds...) count apart: a field's only
        // citation for its aspect is not redundant either
        Map<String, Integer> claimAspects = new TreeMap<>();
        Map<String, Integer> sources = new TreeMap<>();
        records.forEach(r -> {
            claimAspects.merge(r.get("claim") + "|" + r.get("aspect"), 1, Integer::sum);
            sources.merge(r.get("source"), 1, Integer::sum);
        });
        int dropped = records.size() - 1;
        while (claimAspects.get(records.get(dropped).get("claim") + "|"
                                + records.get(dropped).get("aspect"))
                        < 2
                || sources.get(records.get(dropped).get("source")) < 2) {
            dropped--;
        }
        StringBuilder out = new StringBuilder();
        try (var printer = new org.apache.commons.csv.CSVPrinter(
                out,
                org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setRecordSeparator("\n")
                        .setHeader(header.toArray(String[]::new))
                        .get())) {
            for (int i = 0; i < records.size(); i++) {
                if (i != dropped) {
                    printer.printRecord(records.get(i).values());
                }
            }
        }
        return out.toString();
    }

    /** Every entity (sorted labels, properties but the import's id) and relationship (type, ends, properties). */
    private static Map<String, Object> graph(Driver driver) {
        Map<String, Object> graph = new TreeMap<>();
        try (var session = driver.session()) {
            session.run("MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p")
                    .forEachRemaining(r -> {
                        Map<String, Object> properties =
                                new TreeMap<>(r.get("p").asMap());
                        properties.remove("importId");
                        graph.put(
                                "node " + r.get("id").asString(),
                                List.of(new TreeSet<>(r.get("labels").asList(v -> v.asString())), properties));
                    });
            session.run("MATCH (a:Entity)-[r]->(b:Entity) RETURN r.id AS id, type(r) AS type, a.id AS a, b.id AS b,"
                            + " properties(r) AS p")
                    .forEachRemaining(r -> graph.merge(
                            "rel " + r.get("id").asString(),
                            List.of(
                                    r.get("type").asString(),
                                    r.get("a").asString(),
                                    r.get("b").asString(),
                                    new TreeMap<>(r.get("p").asMap())),
                            (x, y) -> {
                                throw new AssertionError("relationship id written twice: " + x + " / " + y);
                            }));
        }
        return graph;
    }

    private static EmbeddedSettings settings(Path home) {
        return new EmbeddedSettings(home, "127.0.0.1", 0, 0, 64L << 20, Optional.empty(), "localhost", "");
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }
}

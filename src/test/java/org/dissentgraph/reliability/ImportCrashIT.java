package org.dissentgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dissentgraph.generate.GenerateCommand;
import org.dissentgraph.ingest.DatasetFiles;
import org.dissentgraph.ingest.ImportRequest;
import org.dissentgraph.ingest.ImportSettings;
import org.dissentgraph.ingest.ImportSummary;
import org.dissentgraph.ingest.Importer;
import org.dissentgraph.ingest.Progress;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.neo4j.SchemaMigrations;
import org.dissentgraph.support.GraphChecksum;
import org.dissentgraph.support.Neo4jProcess;
import org.dissentgraph.support.Processes;
import org.dissentgraph.support.Strict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * kill -9 of the {@code import} command in the middle of a batched import into a Neo4j of its own
 * process: the database is left half-written, and the next {@code import} rolls the interrupted one
 * forward, so the database ends exactly as after an uninterrupted import (counts and a checksum of
 * every property), never a mix. The reference states come from the same importer, uninterrupted.
 * DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS=500 puts a 1,000-person dataset (~19k rows to write, ~39 batches) in batched mode;
 * the database holds the bundled dataset before it.
 */
class ImportCrashIT {

    /** importId names the import that wrote a node, which differs between runs of the same data. */
    private static final Set<String> RUN_PROPERTIES = Set.of("importId");

    @Test
    void an_import_killed_midway_is_rolled_forward_to_exactly_the_state_after_it(@TempDir Path dir) throws Exception {
        Strict.require(
                Path.of(Processes.javaBinary()).toFile().canExecute(), "no java binary to start a second process");
        Path before = Path.of("import"); // the bundled dataset: its ids never clash with generated ones
        Path crash = generate(dir.resolve("crash"), 1_000, 1);
        try (Neo4jProcess neo4j = Neo4jProcess.start(dir.resolve("neo4j"), "128m", "768m");
                Driver driver = GraphDatabase.driver(neo4j.bolt(), AuthTokens.none())) {
            SchemaMigrations.apply(driver);
            Importer importer = Importer.over(driver, ImportSettings.defaults().withSingleTransactionRows(500));

            // the two states a crash may leave: before the import, or after it
            importInProcess(importer, before, "before");
            GraphChecksum.State stateBefore = GraphChecksum.of(driver, RUN_PROPERTIES);
            importInProcess(importer, crash, "crash");
            GraphChecksum.State stateAfter = GraphChecksum.of(driver, RUN_PROPERTIES);
            System.out.printf("ImportCrashIT: before %s; after %s%n", stateBefore, stateAfter);
            assertThat(stateAfter.nodes()).isGreaterThan(stateBefore.nodes() + 2_000);

            try (var session = driver.session()) {
                session.run(
                                "MATCH (n) WHERE n:Entity OR n:Import CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS")
                        .consume();
            }
            importInProcess(importer, before, "before");
            assertThat(GraphChecksum.of(driver, RUN_PROPERTIES)).isEqualTo(stateBefore);

            // the import command, killed with -9 once its first batches are committed
            Map<String, String> env =
                    Map.of("NEO4J_URI", neo4j.bolt(), "DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS", "500");
            List<String> command = Processes.java(
                    "-Xmx512m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "org.dissentgraph.Application",
                    "import",
                    crash.toString(),
                    "--dataset",
                    "crash");
            long done = 0;
            long total = 0;
            try (Processes.Running cli = Processes.start(command, env)) {
                long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
                while (System.nanoTime() < deadline && cli.process().isAlive()) {
                    Map<String, Object> running = runningImport(driver);
                    if (running != null && running.get("progressDone") instanceof Number n && n.longValue() > 0) {
                        cli.process().destroyForcibly().waitFor();
                        done = n.longValue();
                        total = ((Number) running.get("progressTotal")).longValue();
                        break;
                    }
                    Thread.sleep(20);
                }
                assertThat(done)
                        .as("the import was killed while it was writing; output:\n" + cli.output())
                        .isPositive();
            }
            GraphChecksum.State crashed = GraphChecksum.of(driver, RUN_PROPERTIES);
            System.out.printf("ImportCrashIT: killed (-9) at %d of %d rows written: %s%n", done, total, crashed);
            assertThat(crashed)
                    .as("the kill left the database between the two states")
                    .isNotEqualTo(stateAfter);
            Map<String, Object> interrupted = runningImport(driver);
            assertThat(interrupted)
                    .as("the interrupted import is still RUNNING")
                    .isNotNull();

            // the next run of the command rolls it forward
            long started = System.nanoTime();
            try (Processes.Running again = Processes.start(command, env)) {
                assertThat(again.awaitExit(Duration.ofMinutes(5)))
                        .as(again.output())
                        .isZero();
                assertThat(again.output()).contains("Rolling forward import " + interrupted.get("id"));
            }
            GraphChecksum.State recovered = GraphChecksum.of(driver, RUN_PROPERTIES);
            System.out.printf(
                    "ImportCrashIT: after roll-forward (%d ms): %s%n",
                    (System.nanoTime() - started) / 1_000_000, recovered);
            assertThat(recovered).as("exactly the state after the import").isEqualTo(stateAfter);
            try (var session = driver.session()) {
                var audit = session.run(
                                "MATCH (i:Import {id: $id}) RETURN i.state AS state, i.rolledForward AS rolled",
                                Map.of("id", interrupted.get("id")))
                        .single();
                assertThat(audit.get("state").asString()).isEqualTo(ImportState.DONE.name());
                assertThat(audit.get("rolled").asBoolean()).isTrue();
            }
        }
    }

    private static Map<String, Object> runningImport(Driver driver) {
        try (var session = driver.session()) {
            var result = session.run("MATCH (i:Import {dataset: 'crash', state: 'RUNNING'}) RETURN i {.*} AS i")
                    .list();
            return result.isEmpty() ? null : result.get(0).get("i").asMap();
        }
    }

    private static void importInProcess(Importer importer, Path dir, String dataset) {
        ImportSummary summary = importer.run(
                new ImportRequest(
                        Importer.newId(), dataset, DatasetFiles.fromDirectory(dir), "test", dir.toString(), false),
                Progress.NONE);
        assertThat(summary.state()).as(summary.errors().toString()).isEqualTo(ImportState.DONE);
    }

    private static Path generate(Path dir, int persons, long seed) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = GenerateCommand.run(
                new String[] {"--persons", String.valueOf(persons), "--seed", String.valueOf(seed), dir.toString()},
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err));
        assertThat(code).as(err.toString()).isZero();
        return dir;
    }
}

package org.dissentgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.dissentgraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loader: the start-up load, the {@code import} command and {@code POST /api/imports} all
 * run through it. It records each import as an {@code :Import} node (who, when, file checksums,
 * counts, errors), validates everything before writing anything, writes with
 * {@link DatasetWriter}, and rolls forward an import that a crash left RUNNING.
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final Driver driver;
    private final DatasetWriter writer;

    public Importer(Driver driver) {
        this(driver, DatasetWriter.SINGLE_TRANSACTION_ROWS);
    }

    /** @param singleTransactionRows up to how many rows a dataset is written in one transaction */
    public Importer(Driver driver, long singleTransactionRows) {
        this.driver = driver;
        this.writer = new DatasetWriter(driver, singleTransactionRows);
    }

    public static String newId() {
        return "import-" + UUID.randomUUID();
    }

    /** Checks the files; references may point at nodes already in the database. */
    public DatasetReader.Result validate(List<InputFile> files) {
        return new DatasetReader(this::existing).read(files);
    }

    private Set<String> existing(Set<String> ids) {
        try (var session = driver.session()) {
            return new HashSet<>(session.executeRead(
                    tx -> tx.run(CypherFiles.get("load/exists-ids"), Map.of("ids", List.copyOf(ids)))
                            .list(r -> r.get("id").asString())));
        }
    }

    /** Validates, then writes; the {@code :Import} node says how it went at every step. */
    public ImportSummary run(ImportRequest request, Progress progress) {
        long started = System.nanoTime();
        String checksum = DatasetFiles.checksum(request.files());
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("id", request.id());
        audit.put("dataset", request.dataset());
        audit.put("state", "VALIDATING");
        audit.put("by", request.by());
        audit.put("startedAt", ZonedDateTime.now());
        audit.put("checksum", checksum);
        audit.put(
                "files",
                request.files().stream()
                        .sorted(Comparator.comparing(InputFile::name))
                        .map(f -> f.name() + " sha256:" + f.sha256())
                        .toList());
        audit.put("location", request.location());
        audit.put("staged", request.staged());
        write("load/import-start", Map.of("properties", audit));

        long validating = System.nanoTime();
        DatasetReader.Result result = validate(request.files());
        long validateMillis = (System.nanoTime() - validating) / 1_000_000;
        warnings(request.id(), result);
        if (!result.ok()) {
            update(
                    request.id(),
                    Map.of(
                            "state",
                            "FAILED",
                            "finishedAt",
                            ZonedDateTime.now(),
                            "errorCount",
                            (long) result.errors().size(),
                            "errors",
                            result.errors().stream()
                                    .map(ValidationError::toString)
                                    .toList()));
            deleteStaged(request);
            return summary(request, "FAILED", checksum, null, result, started);
        }
        update(
                request.id(),
                Map.of(
                        "state",
                        "RUNNING",
                        "totalRows",
                        result.dataset().totalRows(),
                        "mode",
                        writer.singleTransaction(result.dataset()) ? "single-transaction" : "batched"));
        DatasetWriter.Counts counts;
        long writing = System.nanoTime();
        try {
            counts = writer.write(request.id(), request.dataset(), result.dataset(), snapshot -> {
                progress.report(snapshot);
                update(
                        request.id(),
                        Map.of(
                                "progressDone",
                                snapshot.done(),
                                "progressTotal",
                                snapshot.total(),
                                "progressPercent",
                                (long) snapshot.percent(),
                                "rowsPerSecond",
                                snapshot.rowsPerSecond(),
                                "etaSeconds",
                                snapshot.eta().toSeconds(),
                                "phase",
                                snapshot.phase()));
            });
        } catch (RuntimeException e) {
            boolean single = writer.singleTransaction(result.dataset());
            update(
                    request.id(),
                    Map.of("lastError", String.valueOf(e.getMessage()), "state", single ? "FAILED" : "RUNNING"));
            throw e;
        }
        long writeMillis = (System.nanoTime() - writing) / 1_000_000;
        LOG.info(
                "Import {}: validated {} rows in {} ms, wrote them in {} ms ({} rows/s)",
                request.id(),
                result.dataset().totalRows(),
                validateMillis,
                writeMillis,
                result.dataset().totalRows() * 1000 / Math.max(writeMillis, 1));
        Map<String, Object> done = new HashMap<>();
        done.put("state", "DONE");
        // the two phases timed apart, for the import benchmark and for anyone asking why an import was slow
        done.put("validateMillis", validateMillis);
        done.put("writeMillis", writeMillis);
        done.put("finishedAt", ZonedDateTime.now());
        done.put("added", counts.added());
        done.put("changed", counts.changed());
        done.put("unchanged", counts.unchanged());
        done.put("retracted", counts.retracted());
        done.put("relationships", counts.relationships());
        done.put("progressPercent", 100L);
        update(request.id(), done);
        deleteStaged(request);
        return summary(request, "DONE", checksum, counts, result, started);
    }

    /** Warnings of the consistency rules do not block an import: they are logged and kept on its audit node. */
    private void warnings(String id, DatasetReader.Result result) {
        if (result.warnings().isEmpty()) {
            return;
        }
        List<String> warnings =
                result.warnings().stream().map(ValidationError::toString).toList();
        LOG.warn("Import {}: {} warning(s) (not blocking):\n  {}", id, warnings.size(), String.join("\n  ", warnings));
        update(id, Map.of("warningCount", (long) warnings.size(), "warnings", warnings));
    }

    private static ImportSummary summary(
            ImportRequest request,
            String state,
            String checksum,
            DatasetWriter.Counts counts,
            DatasetReader.Result result,
            long started) {
        DatasetWriter.Counts c = counts == null ? new DatasetWriter.Counts(0, 0, 0, 0, 0) : counts;
        return new ImportSummary(
                request.id(),
                request.dataset(),
                state,
                checksum,
                c.added(),
                c.changed(),
                c.unchanged(),
                c.retracted(),
                c.relationships(),
                result.dataset().counts(),
                result.errors(),
                (System.nanoTime() - started) / 1_000_000,
                result.warnings());
    }

    /**
     * Finishes what a crash interrupted: an import left RUNNING is written again from its kept
     * files (writing is idempotent), so the database ends exactly as after it; one left
     * VALIDATING wrote nothing and is marked FAILED.
     */
    public List<ImportSummary> rollForward(Progress progress) {
        List<ImportSummary> finished = new ArrayList<>();
        List<Map<String, Object>> running;
        try (var session = driver.session()) {
            running = session.executeRead(tx -> tx.run(CypherFiles.get("load/running-imports"))
                    .list(r -> r.get("import").asMap()));
        }
        for (Map<String, Object> imp : running) {
            String id = imp.get("id").toString();
            String location = String.valueOf(imp.get("location"));
            List<InputFile> files = location.equals(ImportRequest.BUNDLED)
                    ? DatasetFiles.bundled()
                    : Files.isDirectory(Path.of(location)) ? DatasetFiles.fromDirectory(Path.of(location)) : List.of();
            if (files.isEmpty() || !DatasetFiles.checksum(files).equals(imp.get("checksum"))) {
                LOG.error(
                        "Import {} of dataset '{}' was interrupted and its files at {} are gone or changed; it cannot be rolled"
                                + " forward. Import the dataset again to bring the database to a known state.",
                        id,
                        imp.get("dataset"),
                        location);
                update(
                        id,
                        Map.of(
                                "state",
                                "FAILED",
                                "lastError",
                                "interrupted; files gone or changed, not rolled forward"));
                continue;
            }
            LOG.info(
                    "Rolling forward import {} of dataset '{}' interrupted at {}%",
                    id, imp.get("dataset"), imp.getOrDefault("progressPercent", 0));
            DatasetReader.Result result = validate(files);
            if (!result.ok()) {
                update(
                        id,
                        Map.of(
                                "state",
                                "FAILED",
                                "lastError",
                                "files no longer valid: " + result.errors().get(0)));
                continue;
            }
            long started = System.nanoTime();
            DatasetWriter.Counts counts = writer.write(id, imp.get("dataset").toString(), result.dataset(), progress);
            update(
                    id,
                    Map.of(
                            "state",
                            "DONE",
                            "finishedAt",
                            ZonedDateTime.now(),
                            "rolledForward",
                            true,
                            "added",
                            counts.added(),
                            "changed",
                            counts.changed(),
                            "unchanged",
                            counts.unchanged(),
                            "retracted",
                            counts.retracted(),
                            "relationships",
                            counts.relationships(),
                            "progressPercent",
                            100L));
            ImportRequest request = new ImportRequest(
                    id,
                    imp.get("dataset").toString(),
                    files,
                    String.valueOf(imp.get("by")),
                    location,
                    Boolean.TRUE.equals(imp.get("staged")));
            deleteStaged(request);
            finished.add(summary(request, "DONE", imp.get("checksum").toString(), counts, result, started));
        }
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(
                            "MATCH (i:Import {state: 'VALIDATING'}) SET i.state = 'FAILED', i.lastError = 'interrupted before writing'")
                    .consume());
        }
        return finished;
    }

    /** The checksum of the last finished import of {@code dataset}, if any. */
    public Optional<String> lastChecksum(String dataset) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(CypherFiles.get("load/last-import"), Map.of("dataset", dataset));
                return result.hasNext()
                        ? Optional.of(result.next().get("checksum").asString())
                        : Optional.empty();
            });
        }
    }

    public long countEntities() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.get("load/count-entities"))
                    .single()
                    .get("count")
                    .asLong());
        }
    }

    /** The audit node of an import, as a plain map of JSON-friendly values. */
    public Optional<Map<String, Object>> status(String id) {
        try (var session = driver.session()) {
            return session
                    .executeRead(tx -> tx.run(CypherFiles.get("load/import-status"), Map.of("id", id))
                            .list(r -> r.get("import")))
                    .stream()
                    .findFirst()
                    .map(Importer::plain);
        }
    }

    private static Map<String, Object> plain(Value node) {
        Map<String, Object> out = new java.util.TreeMap<>();
        for (String key : node.keys()) {
            Object value = node.get(key).asObject();
            out.put(key, value instanceof java.time.temporal.TemporalAccessor ? value.toString() : value);
        }
        return out;
    }

    private void update(String id, Map<String, Object> properties) {
        write("load/import-update", Map.of("id", id, "properties", properties));
    }

    private void write(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeWrite(
                    tx -> tx.run(CypherFiles.get(query), parameters).consume());
        }
    }

    private static void deleteStaged(ImportRequest request) {
        if (!request.staged()) {
            return;
        }
        Path dir = Path.of(request.location());
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the staged files of " + request.id() + " in " + dir, e);
        }
    }
}

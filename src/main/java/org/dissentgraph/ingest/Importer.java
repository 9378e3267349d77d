package org.dissentgraph.ingest;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loader: the start-up load, the {@code import} command and {@code POST /api/imports} all
 * run through it. It records each import as an {@code :Import} node (who, when, file checksums,
 * counts, errors), validates everything before writing anything, writes with
 * {@link DatasetWriter}, and rolls forward an import that a crash left RUNNING. A bean configured
 * by {@link ImportSettings}; the {@code import} command builds it with {@link #over}.
 */
@Singleton
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    private final ImportRepository repository;
    private final DatasetWriter writer;

    @Inject
    public Importer(ImportRepository repository, ImportSettings settings) {
        this.repository = repository;
        this.writer = new DatasetWriter(repository, settings.singleTransactionRows());
    }

    /** An importer outside the service (the {@code import} command, tools, tests), reading with the default query timeout. */
    public static Importer over(Driver driver, ImportSettings settings) {
        return new Importer(new ImportRepository(driver, new Reads(driver, Duration.ofSeconds(10))), settings);
    }

    public static String newId() {
        return "import-" + UUID.randomUUID();
    }

    /** The schema (constraints, indexes) the import needs; applied before anything is written. */
    public void applySchema() {
        repository.applySchema();
    }

    /** Checks the files; references may point at nodes already in the database. */
    public DatasetReader.Result validate(List<InputFile> files) {
        return new DatasetReader(repository::existing).read(files);
    }

    /**
     * Validates, then writes; the {@code :Import} node says how it went at every step. A strict
     * request counts the consistency rules' warnings as errors: with any, it is FAILED and nothing is
     * written. An
     * exception while writing ends the import FAILED with its message (a batched import keeps the
     * batches written before it; importing the same files again finishes it); only a crash (the
     * process or the database going away, or an {@link Error}) leaves it RUNNING, to be rolled
     * forward at the next start.
     */
    public ImportSummary run(ImportRequest request, Progress progress) {
        long started = System.nanoTime();
        String checksum = DatasetFiles.checksum(request.files());
        repository.started(request, checksum);

        long validating = System.nanoTime();
        DatasetReader.Result read = validate(request.files());
        DatasetReader.Result result = request.strict() ? read.strict() : read;
        long validateMillis = (System.nanoTime() - validating) / 1_000_000;
        warnings(request.id(), result);
        if (!result.ok()) {
            repository.rejected(request.id(), result.errors());
            deleteStaged(request);
            return summary(request, ImportState.FAILED, checksum, DatasetWriter.Counts.NONE, result, started);
        }
        boolean single = writer.singleTransaction(result.dataset());
        repository.writing(request.id(), result.dataset().totalRows(), single);
        DatasetWriter.Counts counts;
        long writing = System.nanoTime();
        try {
            counts = writer.write(request.id(), request.dataset(), result.dataset(), snapshot -> {
                progress.report(snapshot);
                repository.progress(request.id(), snapshot);
            });
        } catch (RuntimeException e) {
            recordFailure(request.id(), single, e);
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
        repository.done(request.id(), counts, validateMillis, writeMillis, false);
        deleteStaged(request);
        return summary(request, ImportState.DONE, checksum, counts, result, started);
    }

    /**
     * Marks DONE an import that {@link OfflineImport} wrote before Neo4j opened the store (its
     * {@code :Import} node came with the files, RUNNING); the schema must be applied first.
     */
    public ImportSummary finishOffline(OfflineImport.Outcome outcome) {
        ImportRequest request = outcome.request();
        repository.done(request.id(), outcome.counts(), outcome.validateMillis(), outcome.writeMillis(), false);
        LOG.info(
                "Import {}: validated {} rows in {} ms, wrote them offline (neo4j-admin database import) in {} ms",
                request.id(),
                outcome.rowsPerFile().values().stream()
                        .mapToLong(Integer::longValue)
                        .sum(),
                outcome.validateMillis(),
                outcome.writeMillis());
        DatasetWriter.Counts c = outcome.counts();
        return new ImportSummary(
                request.id(),
                request.dataset(),
                ImportState.DONE,
                outcome.checksum(),
                c.added(),
                c.changed(),
                c.unchanged(),
                c.retracted(),
                c.relationships(),
                outcome.rowsPerFile(),
                List.of(),
                outcome.validateMillis() + outcome.writeMillis(),
                outcome.warnings());
    }

    /** FAILED with the error; where the database itself is gone this cannot be written, and the import stays RUNNING for the roll-forward. */
    private void recordFailure(String id, boolean single, RuntimeException e) {
        String error = String.valueOf(e.getMessage())
                + (single
                        ? "; nothing was written"
                        : "; the batches written before it stay: import the same files again to finish");
        try {
            repository.failed(id, error);
        } catch (RuntimeException unrecorded) {
            e.addSuppressed(unrecorded);
            LOG.error(
                    "Import {} stopped ({}) and its state cannot be recorded ({}); it stays RUNNING and is rolled"
                            + " forward at the next start",
                    id,
                    e.getMessage(),
                    unrecorded.getMessage());
        }
    }

    /** Warnings of the consistency rules do not block an import: they are logged and kept on its audit node. */
    private void warnings(String id, DatasetReader.Result result) {
        if (result.warnings().isEmpty()) {
            return;
        }
        List<String> warnings =
                result.warnings().stream().map(ValidationError::toString).toList();
        LOG.warn("Import {}: {} warning(s) (not blocking):\n  {}", id, warnings.size(), String.join("\n  ", warnings));
        repository.warned(id, result.warnings());
    }

    private static ImportSummary summary(
            ImportRequest request,
            ImportState state,
            String checksum,
            DatasetWriter.Counts c,
            DatasetReader.Result result,
            long started) {
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
        for (ImportAudit imp : repository.running()) {
            String location = String.valueOf(imp.location());
            List<InputFile> files = location.equals(ImportRequest.BUNDLED)
                    ? DatasetFiles.bundled()
                    : Files.isDirectory(Path.of(location)) ? DatasetFiles.fromDirectory(Path.of(location)) : List.of();
            if (files.isEmpty() || !DatasetFiles.checksum(files).equals(imp.checksum())) {
                LOG.error(
                        "Import {} of dataset '{}' was interrupted and its files at {} are gone or changed; it cannot be rolled"
                                + " forward. Import the dataset again to bring the database to a known state.",
                        imp.id(),
                        imp.dataset(),
                        location);
                repository.failed(imp.id(), "interrupted; files gone or changed, not rolled forward");
                continue;
            }
            LOG.info(
                    "Rolling forward import {} of dataset '{}' interrupted at {}%",
                    imp.id(),
                    imp.dataset(),
                    imp.progress() == null ? 0 : imp.progress().percent());
            DatasetReader.Result result = validate(files);
            if (!result.ok()) {
                repository.failed(
                        imp.id(), "files no longer valid: " + result.errors().get(0));
                continue;
            }
            long started = System.nanoTime();
            DatasetWriter.Counts counts = writer.write(imp.id(), imp.dataset(), result.dataset(), progress);
            repository.done(imp.id(), counts, null, null, true);
            ImportRequest request =
                    new ImportRequest(imp.id(), imp.dataset(), files, String.valueOf(imp.by()), location, imp.staged());
            deleteStaged(request);
            finished.add(summary(request, ImportState.DONE, imp.checksum(), counts, result, started));
        }
        repository.failInterruptedValidations();
        return finished;
    }

    /** The checksum of the last finished import of {@code dataset}, if any. */
    public Optional<String> lastChecksum(String dataset) {
        return repository.lastChecksum(dataset);
    }

    public long countEntities() {
        return repository.countEntities();
    }

    /** The audit record of an import; a database that is down or slow is a 503, as for every read. */
    public Optional<ImportStatus> status(String id) {
        return repository.find(id).map(ImportStatus::of);
    }

    private static void deleteStaged(ImportRequest request) {
        if (!request.staged()) {
            return;
        }
        Path dir = Path.of(request.location());
        try {
            Staging.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the staged files of " + request.id() + " in " + dir, e);
        }
    }
}

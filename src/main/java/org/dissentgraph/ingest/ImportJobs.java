package org.dissentgraph.ingest;

import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs uploaded imports one at a time, in the background; their state lives in the database
 * (the {@code :Import} node), so any copy of the service can report on any import.
 */
@Singleton
public class ImportJobs {

    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);

    private final Importer importer;
    private final Path stagingRoot;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "import");
        thread.setDaemon(true);
        return thread;
    });

    public ImportJobs(Importer importer, @Value("${dissent.staging-dir:data/imports}") String stagingDir) {
        this.importer = importer;
        this.stagingRoot = Path.of(stagingDir).toAbsolutePath().normalize();
    }

    public Path newFolder(String importId) throws IOException {
        return Staging.folder(stagingRoot, importId);
    }

    /** Starts the import of the CSV files staged in {@code folder}; returns at once. */
    public void submit(String importId, String dataset, Path folder, List<Path> files, String by) {
        submit(importId, dataset, folder, files, by, false);
    }

    /** The same; {@code strict}: warnings of the consistency rules count as errors (nothing is written). */
    public void submit(String importId, String dataset, Path folder, List<Path> files, String by, boolean strict) {
        List<InputFile> inputs = files.stream().map(InputFile::of).toList();
        ImportRequest request = new ImportRequest(importId, dataset, inputs, by, folder.toString(), true, strict);
        executor.submit(() -> {
            try {
                ImportSummary summary = importer.run(request, new ProgressLog(LOG));
                LOG.info("Import {} of '{}' by {}: {}", importId, dataset, by, summary.state());
            } catch (RuntimeException e) {
                // the stack trace too: a failed background import has no request to carry its cause back
                LOG.error("Import {} of '{}' stopped: {}", importId, dataset, e.getMessage(), e);
            }
        });
    }

    public Optional<ImportStatus> status(String id) {
        return importer.status(id);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}

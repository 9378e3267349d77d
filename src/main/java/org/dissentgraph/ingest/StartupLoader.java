package org.dissentgraph.ingest;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.neo4j.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the service answers: applies the schema migrations, marks DONE the offline import that
 * filled an empty in-process store ({@link OfflineStartupLoad}), rolls forward an import a crash
 * interrupted, then loads the dataset ({@code DISSENT_IMPORT_DIR}, or the one bundled in the jar)
 * according to {@code DISSENT_LOAD}:
 * <ul>
 *   <li>{@code if-empty} (default): load into an empty database; reload the same dataset when its
 *       files changed since it was loaded; leave a database holding other data alone;</li>
 *   <li>{@code always}: load whenever the files changed since the last load of this dataset;</li>
 *   <li>{@code never}: load nothing.</li>
 * </ul>
 * Files unchanged since their last load are never written again.
 */
@Context
final class StartupLoader {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLoader.class);

    private final Importer importer;
    private final OfflineStartupLoad offline;
    private final String importDir;
    private final String mode;

    StartupLoader(
            Importer importer,
            @Nullable OfflineStartupLoad offline,
            @Value("${dissent.import-dir:}") String importDir,
            @Value("${dissent.load:if-empty}") String mode) {
        this.importer = importer;
        this.offline = offline;
        this.importDir = importDir;
        this.mode = mode.toLowerCase(Locale.ROOT);
    }

    /** The dataset a start loads: {@code DISSENT_IMPORT_DIR}, or the one bundled in the jar. */
    record Source(String dataset, List<InputFile> files, String location, String description) {

        static Source configured(String importDir) {
            if (importDir.isBlank()) {
                return new Source("bundled", DatasetFiles.bundled(), ImportRequest.BUNDLED, "the jar's import/");
            }
            Path dir = Path.of(importDir).toAbsolutePath().normalize();
            if (!java.nio.file.Files.isDirectory(dir)) {
                throw new StartupFailure("DISSENT_IMPORT_DIR is " + dir + ", which is not a folder");
            }
            return new Source(dir.getFileName().toString(), DatasetFiles.fromDirectory(dir), dir.toString(), importDir);
        }
    }

    static void checkMode(String mode) {
        if (!List.of("if-empty", "always", "never").contains(mode)) {
            throw new StartupFailure("DISSENT_LOAD is '" + mode + "'; it must be if-empty, always or never");
        }
    }

    /** What a start with errors in its dataset says: every error (up to 50), and that nothing was loaded. */
    static StartupFailure rejected(Source source, List<ValidationError> errors) {
        StringBuilder message = new StringBuilder(
                "The dataset in " + source.description() + " has " + errors.size() + " error(s); nothing was loaded:");
        errors.stream().limit(50).forEach(e -> message.append("\n  ").append(e));
        return new StartupFailure(message.toString());
    }

    @PostConstruct
    void start() {
        checkMode(mode);
        importer.applySchema();
        if (offline != null) {
            offline.written().ifPresent(importer::finishOffline);
        }
        importer.rollForward(new ProgressLog(LOG));
        if (mode.equals("never")) {
            LOG.info("DISSENT_LOAD=never: no data loaded");
            return;
        }
        Source source = Source.configured(importDir);
        String dataset = source.dataset();
        List<InputFile> files = source.files();
        String checksum = DatasetFiles.checksum(files);
        var last = importer.lastChecksum(dataset);
        if (last.filter(checksum::equals).isPresent()) {
            LOG.info(
                    "Dataset '{}' already loaded and unchanged ({}…): nothing to do",
                    dataset,
                    checksum.substring(0, 12));
            return;
        }
        if (mode.equals("if-empty") && last.isEmpty() && importer.countEntities() > 0) {
            LOG.info("DISSENT_LOAD=if-empty: the database holds other data; dataset '{}' not loaded", dataset);
            return;
        }
        ImportSummary summary = importer.run(
                new ImportRequest(Importer.newId(), dataset, files, "startup", source.location(), false),
                new ProgressLog(LOG));
        if (summary.state() != ImportState.DONE) {
            throw rejected(source, summary.errors());
        }
        LOG.info(
                "Dataset '{}' loaded in {} ms: {} added, {} changed, {} unchanged, {} retracted, {} relationships",
                dataset,
                summary.millis(),
                summary.added(),
                summary.changed(),
                summary.unchanged(),
                summary.retracted(),
                summary.relationships());
    }
}

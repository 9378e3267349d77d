package org.dissentgraph.ingest;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dissentgraph.neo4j.EmptyStoreLoader;
import org.dissentgraph.neo4j.StartupFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The first start on an empty in-process store loads its dataset with the offline importer
 * ({@link OfflineImport}) before Neo4j opens the store, unless {@code DISSENT_LOAD=never} or
 * {@code DISSENT_IMPORT_OFFLINE=false}, or the dataset has fewer rows than
 * {@code DISSENT_IMPORT_OFFLINE_MIN_ROWS} (default 100,000; neo4j-admin's fixed cost of ~10 s
 * exceeds the online load of a small dataset: 12 s against 3 s for the bundled one); {@link StartupLoader} then marks the import DONE and finds
 * the dataset loaded. Never with {@code NEO4J_URI}: this bean exists only for the in-process server.
 */
@Singleton
@Requires(missingProperty = "neo4j.uri")
final class OfflineStartupLoad implements EmptyStoreLoader {

    private static final Logger LOG = LoggerFactory.getLogger(OfflineStartupLoad.class);

    private final String importDir;
    private final String mode;
    private final boolean enabled;
    private final long minRows;
    private OfflineImport.Outcome written;

    OfflineStartupLoad(
            @Value("${dissent.import-dir:}") String importDir,
            @Value("${dissent.load:if-empty}") String mode,
            @Value("${dissent.import.offline:true}") boolean enabled,
            @Value("${dissent.import.offline-min-rows:100000}") long minRows) {
        this.importDir = importDir;
        this.mode = mode.toLowerCase(Locale.ROOT);
        this.enabled = enabled;
        this.minRows = minRows;
    }

    @Override
    public void loadInto(Path home) {
        StartupLoader.checkMode(mode);
        if (!enabled || mode.equals("never") || !OfflineImport.storeIsEmpty(home)) {
            return;
        }
        StartupLoader.Source source = StartupLoader.Source.configured(importDir);
        ImportRequest request = new ImportRequest(
                Importer.newId(), source.dataset(), source.files(), "startup", source.location(), false);
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        OfflineImport.Outcome outcome;
        try {
            outcome = OfflineImport.write(
                    home, request, false, minRows, new PrintStream(report, true, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            throw new StartupFailure(
                    "The offline import of dataset '" + source.dataset() + "' into " + home
                            + " failed; nothing was loaded: " + e.getMessage(),
                    e);
        }
        if (outcome.rejected()) {
            throw StartupLoader.rejected(source, outcome.errors());
        }
        if (!outcome.written()) {
            LOG.info(
                    "The store at {} is empty; dataset '{}' has fewer than {} rows (DISSENT_IMPORT_OFFLINE_MIN_ROWS):"
                            + " it is loaded online",
                    home,
                    source.dataset(),
                    minRows);
            return;
        }
        LOG.debug("neo4j-admin database import:\n{}", report.toString(StandardCharsets.UTF_8));
        if (!outcome.warnings().isEmpty()) {
            LOG.warn(
                    "Import {}: {} warning(s) (not blocking):\n  {}",
                    request.id(),
                    outcome.warnings().size(),
                    String.join(
                            "\n  ",
                            outcome.warnings().stream()
                                    .map(ValidationError::toString)
                                    .toList()));
        }
        LOG.info(
                "The store at {} was empty: dataset '{}' written with the offline importer (neo4j-admin database import): {} nodes and {} relationships (validated in {} ms, written in {} ms)",
                home,
                source.dataset(),
                outcome.counts().added(),
                outcome.counts().relationships(),
                outcome.validateMillis(),
                outcome.writeMillis());
        written = outcome;
    }

    /** The import written before Neo4j started, until {@link StartupLoader} has marked it DONE. */
    synchronized Optional<OfflineImport.Outcome> written() {
        Optional<OfflineImport.Outcome> outcome = Optional.ofNullable(written);
        written = null;
        return outcome;
    }
}

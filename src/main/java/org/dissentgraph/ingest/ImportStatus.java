package org.dissentgraph.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.dissentgraph.model.ImportState;

/** An import as {@code GET /api/imports/{id}} shows it: its audit record and, while it runs, its progress. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportStatus(
        String id,
        String dataset,
        ImportState state,
        String by,
        String startedAt,
        String finishedAt,
        String checksum,
        List<String> files,
        Counts counts,
        ProgressInfo progress,
        Long errorCount,
        List<String> errors,
        Long warningCount,
        List<String> warnings,
        String lastError,
        Boolean rolledForward) {

    @Serdeable
    public record Counts(Long added, Long changed, Long unchanged, Long retracted, Long relationships) {}

    @Serdeable
    public record ProgressInfo(
            String phase, Long done, Long total, Long percent, Double rowsPerSecond, Long etaSeconds) {}

    static ImportStatus of(ImportAudit a) {
        return new ImportStatus(
                a.id(),
                a.dataset(),
                a.state(),
                a.by(),
                a.startedAt(),
                a.finishedAt(),
                a.checksum(),
                a.files(),
                a.counts(),
                a.progress(),
                a.errorCount(),
                a.errors(),
                a.warningCount(),
                a.warnings(),
                a.lastError(),
                a.rolledForward());
    }
}

package org.dissentgraph.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/** An import as {@code GET /api/imports/{id}} shows it: its audit record and, while it runs, its progress. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportStatus(
        String id,
        String dataset,
        String state,
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

    @SuppressWarnings("unchecked")
    static ImportStatus of(Map<String, Object> m) {
        return new ImportStatus(
                str(m, "id"),
                str(m, "dataset"),
                str(m, "state"),
                str(m, "by"),
                str(m, "startedAt"),
                str(m, "finishedAt"),
                str(m, "checksum"),
                (List<String>) m.get("files"),
                m.containsKey("added")
                        ? new Counts(
                                num(m, "added"),
                                num(m, "changed"),
                                num(m, "unchanged"),
                                num(m, "retracted"),
                                num(m, "relationships"))
                        : null,
                m.containsKey("progressPercent")
                        ? new ProgressInfo(
                                str(m, "phase"),
                                num(m, "progressDone"),
                                num(m, "progressTotal"),
                                num(m, "progressPercent"),
                                m.get("rowsPerSecond") instanceof Number n ? n.doubleValue() : null,
                                num(m, "etaSeconds"))
                        : null,
                num(m, "errorCount"),
                (List<String>) m.get("errors"),
                num(m, "warningCount"),
                (List<String>) m.get("warnings"),
                str(m, "lastError"),
                m.get("rolledForward") instanceof Boolean b ? b : null);
    }

    private static String str(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? null : value.toString();
    }

    private static Long num(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.longValue() : null;
    }
}

package org.dissentgraph.ingest;

import java.util.List;
import org.dissentgraph.model.ImportState;

/**
 * An import's {@code :Import} audit node, typed: who, when, which files, where they are kept, and
 * how it went. {@link ImportRepository} maps it to and from the node; nothing else sees the
 * node's properties.
 *
 * @param location where the files stay until the import is DONE (see {@link ImportRequest#location()})
 * @param mode single-transaction or batched, once writing started
 */
public record ImportAudit(
        String id,
        String dataset,
        ImportState state,
        String by,
        String startedAt,
        String finishedAt,
        String checksum,
        List<String> files,
        String location,
        boolean staged,
        Long totalRows,
        String mode,
        ImportStatus.Counts counts,
        ImportStatus.ProgressInfo progress,
        Long errorCount,
        List<String> errors,
        Long warningCount,
        List<String> warnings,
        String lastError,
        Boolean rolledForward) {}

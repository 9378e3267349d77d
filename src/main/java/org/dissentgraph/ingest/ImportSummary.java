package org.dissentgraph.ingest;

import java.util.List;
import java.util.Map;
import org.dissentgraph.model.ImportState;

/**
 * What one import did, as the audit {@code :Import} node records it.
 *
 * @param state DONE, or FAILED (see {@code errors})
 * @param checksum SHA-256 over the files, so an unchanged dataset is recognised
 * @param warnings what the consistency rules found possible but not certain; they do not block
 */
public record ImportSummary(
        String importId,
        String dataset,
        ImportState state,
        String checksum,
        long added,
        long changed,
        long unchanged,
        long retracted,
        long relationships,
        Map<String, Integer> rowsPerFile,
        List<ValidationError> errors,
        long millis,
        List<ValidationError> warnings) {}

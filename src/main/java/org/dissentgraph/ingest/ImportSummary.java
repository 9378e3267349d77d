package org.dissentgraph.ingest;

import java.util.Map;

/**
 * What one import did.
 *
 * @param dataset the dataset name
 * @param checksum SHA-256 over the files, so an unchanged dataset is recognised
 * @param skipped true when the same files had been loaded already and nothing was written
 */
public record ImportSummary(
        String importId,
        String dataset,
        String checksum,
        boolean skipped,
        long added,
        long changed,
        long unchanged,
        long retracted,
        long relationships,
        Map<String, Integer> rowsPerFile,
        long millis) {}

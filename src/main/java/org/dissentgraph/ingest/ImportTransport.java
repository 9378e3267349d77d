package org.dissentgraph.ingest;

import java.nio.file.Path;

/**
 * One way the {@code import} command reaches a database: over Bolt ({@link BoltImport}), through a
 * running service ({@link ServiceImport}), or into the local store ({@link LocalStoreImport}).
 */
interface ImportTransport {

    /**
     * Imports the CSV files of {@code dir} as {@code dataset}; the command's exit code. {@code strict}:
     * warnings of the consistency rules count as errors, and with any nothing is written.
     */
    int importDataset(Path dir, String dataset, boolean strict);
}

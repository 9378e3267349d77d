package org.dissentgraph.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * For the import benchmark: the exact rows the importer writes for a dataset folder (the same
 * reader and {@link GraphBuilder}), streamed, so a raw driver load can write the same rows.
 */
public final class BenchRows {

    private final Dataset dataset;
    private final GraphBuilder graph;

    private BenchRows(Dataset dataset, String name) {
        this.dataset = dataset;
        this.graph = new GraphBuilder(dataset, name);
    }

    /** Reads and checks {@code dir} (files only); fails on any validation error. */
    public static BenchRows read(Path dir, String datasetName) {
        DatasetReader.Result result = DatasetReader.filesOnly().read(DatasetFiles.fromDirectory(dir));
        if (!result.ok()) {
            throw new IllegalStateException(
                    dir + " is not a valid dataset: " + result.errors().get(0));
        }
        return new BenchRows(result.dataset(), datasetName);
    }

    public long fileRows() {
        return dataset.totalRows();
    }

    public void nodes(Consumer<GraphRows.NodeRow> out) {
        graph.nodes(out);
    }

    public void relationships(Consumer<GraphRows.RelRow> out) {
        graph.relationships(out);
    }
}

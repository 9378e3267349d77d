package org.dissentgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A validated dataset: its files (read again as streams when written) and the index of its ids.
 */
public final class Dataset {

    private final Map<Kind, InputFile> files;
    private final IdIndex index;
    private final Map<String, Integer> counts;

    Dataset(Map<Kind, InputFile> files, IdIndex index, Map<String, Integer> counts) {
        this.files = files;
        this.index = index;
        this.counts = counts;
    }

    /** Streams the rows of one kind (empty when the dataset has no such file). */
    void forEach(Kind kind, Consumer<Row> rows) {
        InputFile file = files.get(kind);
        if (file != null) {
            CsvRows.forEach(kind, file, new Errors(), rows);
        }
    }

    IdIndex index() {
        return index;
    }

    public List<InputFile> files() {
        return new ArrayList<>(files.values());
    }

    /** Row counts per file, for reports. */
    public Map<String, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    public long totalRows() {
        return counts.values().stream().mapToLong(Integer::longValue).sum();
    }
}

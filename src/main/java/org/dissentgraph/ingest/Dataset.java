package org.dissentgraph.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of a dataset, by kind, with an index from id to kind. */
public final class Dataset {

    private final Map<Kind, List<Row>> rows;
    private final Map<String, Kind> kinds = new HashMap<>();

    Dataset(Map<Kind, List<Row>> rows) {
        this.rows = new EnumMap<>(Kind.class);
        this.rows.putAll(rows);
        for (Row row : nodeRows()) {
            String id = row.get("id");
            if (id != null) {
                kinds.putIfAbsent(id, row.kind());
            }
        }
    }

    List<Row> rows(Kind kind) {
        return rows.getOrDefault(kind, List.of());
    }

    /** Rows that become nodes (every file but memberships and citations). */
    List<Row> nodeRows() {
        List<Row> all = new ArrayList<>();
        rows.forEach((kind, list) -> {
            if (kind.label().isPresent()) {
                all.addAll(list);
            }
        });
        return all;
    }

    List<Row> allRows() {
        List<Row> all = new ArrayList<>();
        rows.values().forEach(all::addAll);
        return all;
    }

    Kind kindOf(String id) {
        return kinds.get(id);
    }

    /** Row counts per file, for reports. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        rows.forEach((kind, list) -> counts.put(kind.file(), list.size()));
        return Collections.unmodifiableMap(counts);
    }
}

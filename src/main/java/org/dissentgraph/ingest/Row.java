package org.dissentgraph.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One data row of an import file, its non-empty cells by column name. */
record Row(Kind kind, String file, long line, Map<String, String> cells) {

    String get(String column) {
        return cells.get(column);
    }

    boolean has(String column) {
        return cells.containsKey(column);
    }

    /** The {@code ;}-separated values of a list cell, trimmed, empty ones dropped. */
    List<String> list(String column) {
        String value = cells.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** The row's id: its {@code id} cell, or for relationship files a key made of file and line. */
    String id() {
        String id = cells.get("id");
        return id != null ? id : file + ":" + line;
    }
}

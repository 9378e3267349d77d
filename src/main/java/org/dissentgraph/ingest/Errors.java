package org.dissentgraph.ingest;

import java.util.ArrayList;
import java.util.List;

/** The problems found in a dataset: all of them counted, the first {@value #KEPT} kept with their place. */
final class Errors {

    static final int KEPT = 1_000;

    private final List<ValidationError> kept = new ArrayList<>();
    private long count;

    void add(String file, long line, String column, String message) {
        count++;
        if (kept.size() < KEPT) {
            kept.add(new ValidationError(file, line, column, message));
        }
    }

    long count() {
        return count;
    }

    List<ValidationError> list() {
        List<ValidationError> all = new ArrayList<>(kept);
        if (count > kept.size()) {
            all.add(new ValidationError("(dataset)", 0, "", (count - kept.size()) + " more error(s) not listed"));
        }
        return List.copyOf(all);
    }
}

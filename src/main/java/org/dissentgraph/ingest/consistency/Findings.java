package org.dissentgraph.ingest.consistency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dissentgraph.ingest.consistency.When.Verdict;

/** What the rules found, each an error or a warning according to how certain it is. */
final class Findings {

    static final String POSSIBLY = " (a date is approximate or uncertain, so this is possible rather than certain)";

    private final List<Finding> found = new ArrayList<>();

    /** Records a finding as certain as {@code verdict}: CERTAIN is an error, POSSIBLE a warning. */
    void add(Verdict verdict, String file, long line, String column, String message) {
        switch (verdict) {
            case CERTAIN -> found.add(new Finding(file, line, column, message, true));
            case POSSIBLE -> found.add(new Finding(file, line, column, message + POSSIBLY, false));
            case NO -> {}
        }
    }

    /** Records an error whatever the dates: the rows contradict each other outright. */
    void error(String file, long line, String column, String message) {
        found.add(new Finding(file, line, column, message, true));
    }

    /** Records a warning whatever the dates: the rule states what is usual, not what is possible. */
    void warn(String file, long line, String column, String message) {
        found.add(new Finding(file, line, column, message, false));
    }

    List<Finding> sorted() {
        return found.stream()
                .sorted(Comparator.comparing(Finding::file)
                        .thenComparingLong(Finding::line)
                        .thenComparing(Finding::column)
                        .thenComparing(Finding::message))
                .toList();
    }
}

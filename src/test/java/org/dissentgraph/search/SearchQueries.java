package org.dissentgraph.search;

import java.util.Optional;

/** For the benchmark's raw side: the Lucene queries the search endpoint sends for a text. */
public final class SearchQueries {

    private SearchQueries() {}

    public static String exact(String text) {
        return LuceneQuery.of(text).exact();
    }

    public static Optional<String> fuzzy(String text) {
        return LuceneQuery.of(text).fuzzy();
    }
}

package org.dissentgraph.ingest;

/** What a CSV cell holds, which decides how it is checked and stored. */
enum ColumnType {
    /** the row's own id */
    ID,
    TEXT,
    /** {@code ;}-separated texts */
    LIST,
    /** an EDTF date, stored as text plus earliest/latest dates and a precision */
    EDTF,
    /**
     * a work's date: EDTF as for {@link #EDTF}, or {@value #UNDATED} where the work states none (an
     * undated web page, an encyclopedia article read without a revision date), stored as text only
     */
    YEAR,
    /** one value of a fixed vocabulary */
    VOCAB,
    /** {@code ;}-separated values of a fixed vocabulary */
    VOCAB_LIST,
    /** the id of another row */
    REF,
    /** {@code ;}-separated ids of other rows */
    REF_LIST,
    /** a whole number, 0 or more */
    COUNT,
    /** a decimal between 0 and 1 */
    SHARE,
    /** an ISO-8601 period such as {@code P10Y} or {@code P3Y6M} (a sentence's term) */
    PERIOD,
    URL,
    WIKIDATA;

    /** The value of a {@link #YEAR} cell for a work that states no date, as a citation writes it. */
    static final String UNDATED = "n.d.";
}

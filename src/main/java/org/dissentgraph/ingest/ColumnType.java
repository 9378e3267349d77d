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
    URL,
    WIKIDATA
}

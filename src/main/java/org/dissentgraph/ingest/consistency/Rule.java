package org.dissentgraph.ingest.consistency;

/** One consistency rule over the rows of a dataset. */
interface Rule {

    void check(Facts facts, Findings out);
}

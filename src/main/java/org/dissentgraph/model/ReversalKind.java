package org.dissentgraph.model;

import java.util.Arrays;
import java.util.List;

/**
 * What undid one or more penalties: the {@code kind} column of reversals.csv and of a
 * {@code :Reversal} node. Never a penalty kind: a reversal is not counted among penalties.
 */
public enum ReversalKind {
    /** readmitted to the party; reverses an expulsion */
    READMISSION,
    /** a court quashes a sentence; reverses the SENTENCE (and EXECUTION) rows */
    REHABILITATION_JUDICIAL,
    /** party membership restored, usually posthumously; reverses the expulsion */
    REHABILITATION_PARTY,
    /**
     * rehabilitated, where the source names neither the organ nor whether a court or the party did
     * it; reverses what it names (usually the sentence or the execution); never counted as a
     * readmission
     */
    REHABILITATION;

    /** The names, in this order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}

package org.dissentgraph.model;

import java.util.Arrays;
import java.util.List;

/**
 * What a penalty did to its receiver: the {@code kind} column of penalties.csv, the {@code kind}
 * of a {@code :Penalty} node, the {@code kind} filter of {@code /api/penalties} and the grouping of
 * its statistics. Defined here once; the importer, the API, its OpenAPI document, the exports, the
 * generator and the page ({@code GET /api/vocabulary}) read it from here. What undoes a penalty
 * (a readmission, a rehabilitation) is never a penalty: see {@link ReversalKind}.
 */
public enum PenaltyKind {
    EXPULSION,
    REDUCTION_TO_CANDIDATE,
    REMOVAL_FROM_POST,
    TRANSFER_JOB,
    TRANSFER_CITY,
    ASSIGNMENT_ABROAD,
    REPRIMAND,
    EXILE,
    DEPORTATION,
    ARREST,
    /** a court's or board's sentence: {@code sentence} says what, {@code term} how long */
    SENTENCE,
    EXECUTION,
    /** died in prison, camp or under investigation, not executed */
    DEATH_IN_CUSTODY;

    /** The names, in this order. */
    public static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}

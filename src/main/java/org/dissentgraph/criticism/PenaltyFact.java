package org.dissentgraph.criticism;

import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** A penalty as the consequence rules read it: whose it is, what, when, and which criticisms a source ties it to. */
record PenaltyFact(
        Ref person,
        String id,
        String kind,
        String outcome,
        When when,
        String decisionDate,
        String effectiveDate,
        String summary,
        String confidence,
        String status,
        String variantOf,
        List<String> grounds,
        List<Citation> citations,
        List<Consequences.VoteCount> votes) {

    /** Kinds that undo a penalty rather than impose one: never counted as penalties. */
    static final List<String> REVERSALS = org.dissentgraph.model.ReversalKind.names();

    boolean applied() {
        return "APPLIED".equals(outcome);
    }

    boolean reversal() {
        return REVERSALS.contains(kind);
    }

    Dating.Range range() {
        return when == null ? new Dating.Range(null, null) : new Dating.Range(when.earliest(), when.latest());
    }

    /** The citations that tie it to a criticism (aspect {@code grounds}). */
    List<Citation> groundsCitations() {
        return citations.stream().filter(c -> "grounds".equals(c.aspect())).toList();
    }
}

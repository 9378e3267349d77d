package org.dissentgraph.criticism;

import java.util.List;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * The final fate of {@link Fates} (docs/consequences.md, rule 3), published for other features:
 * the cohorts' fates ({@code cohort/}) derive each member's final fate by the same rules.
 */
public interface FinalFates {

    /** What the rules read of a penalty or reversal. */
    record Penalty(String id, String kind, String outcome, When when, String variantOf, String summary) {}

    /** One of EXECUTED, DIED_IN_CUSTODY, DIED_AT_LIBERTY, ALIVE_AT_END_OF_RECORD, UNKNOWN, why, and the ids it rests on. */
    record Outcome(String outcome, String explanation, List<String> evidence) {}

    /** The final fate of {@code person} from all their penalties and reversals. */
    static Outcome of(Ref person, When died, List<Penalty> penalties) {
        List<PenaltyFact> facts = penalties.stream()
                .map(p -> new PenaltyFact(
                        person,
                        p.id(),
                        p.kind(),
                        p.outcome(),
                        p.when(),
                        null,
                        null,
                        p.summary(),
                        null,
                        null,
                        p.variantOf(),
                        List.of(),
                        List.of(),
                        List.of()))
                .toList();
        Fate.FinalFate fate = Fates.finalFate(person, died, facts);
        return new Outcome(fate.outcome(), fate.explanation(), fate.evidence());
    }
}

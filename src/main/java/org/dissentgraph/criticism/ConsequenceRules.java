package org.dissentgraph.criticism;

import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;

/**
 * What counts as a consequence of a criticism for one critic (docs/consequences.md, rules 1, 2 and 4):
 * <ol>
 *   <li>only penalties that critic received;</li>
 *   <li>never one certainly before the criticism; one whose dates overlap it is kept with order
 *       {@code UNCERTAIN};</li>
 *   <li>documented: applied and tied to the criticism by a source (GROUNDS), whatever the window;</li>
 *   <li>inferred: applied, not documented, and within the window (same anchor as the lag), with the
 *       inference that makes it one;</li>
 *   <li>averted: moved but not applied, documented or within the window;</li>
 *   <li>readmissions and rehabilitations are reversals, never penalties.</li>
 * </ol>
 */
final class ConsequenceRules {

    static final String ATTESTED = "attested: a source states that no penalty followed";
    static final String UNKNOWN = "unknown: no penalty is recorded within the window, and no source says either way";

    private ConsequenceRules() {}

    static String inferenceRule(int windowMonths) {
        return "same person, applied penalty within " + windowMonths + " months after";
    }

    /** The critic's consequences of {@code criticism}; {@code penalties} may hold anyone's, only the critic's count. */
    static Consequences.Critic forCritic(
            Criticism criticism, Ref critic, List<PenaltyFact> penalties, int windowMonths) {
        Dating.Range c = new Dating.Range(
                criticism.when() == null ? null : criticism.when().earliest(),
                criticism.when() == null ? null : criticism.when().latest());
        List<Consequences.Outcome> documented = new ArrayList<>();
        List<Consequences.Outcome> inferred = new ArrayList<>();
        List<Consequences.Outcome> averted = new ArrayList<>();
        for (PenaltyFact p : penalties) {
            if (p.person() == null || !p.person().id().equals(critic.id()) || p.reversal()) {
                continue;
            }
            Dating.Order order = Dating.order(c, p.range());
            if (order == Dating.Order.BEFORE) {
                continue;
            }
            boolean tied = p.grounds().contains(criticism.id());
            boolean inWindow = Dating.withinMonths(c, p.range(), windowMonths);
            Consequences.Lag lag = Dating.lag(c, p.range());
            if (!p.applied()) {
                if (tied || inWindow) {
                    averted.add(outcome(p, tied ? "documented" : "inferred", order, lag, null, tied));
                }
            } else if (tied) {
                documented.add(outcome(p, "documented", order, lag, null, true));
            } else if (inWindow) {
                var inference =
                        new Consequences.Inference(inferenceRule(windowMonths), List.of(criticism.id(), p.id()), lag);
                inferred.add(outcome(p, "inferred", order, lag, inference, false));
            }
        }
        String verdict;
        Consequences.NothingFollowed nothing = null;
        if (!documented.isEmpty()) {
            verdict = "DOCUMENTED_CONSEQUENCE";
        } else if (!inferred.isEmpty()) {
            verdict = "INFERRED_CONSEQUENCE";
        } else {
            verdict = "NO_RECORDED_CONSEQUENCE";
            List<Citation> statements = criticism.citations().stream()
                    .filter(x -> "aftermath".equals(x.aspect()))
                    .toList();
            boolean attested = "none-attested".equals(criticism.aftermath()) && !statements.isEmpty();
            nothing = new Consequences.NothingFollowed(attested, attested ? ATTESTED : UNKNOWN, statements);
        }
        return new Consequences.Critic(critic, verdict, documented, inferred, averted, nothing);
    }

    /** Every person among the criticism's critics, each with their own consequences. */
    static Consequences of(Criticism criticism, List<PenaltyFact> penalties, int windowMonths) {
        List<Consequences.Critic> critics = criticism.critics().stream()
                .filter(k -> "Person".equals(k.type()))
                .map(k -> forCritic(criticism, k, penalties, windowMonths))
                .toList();
        return new Consequences(criticism, windowMonths, critics);
    }

    static Consequences.Outcome outcome(
            PenaltyFact p,
            String basis,
            Dating.Order order,
            Consequences.Lag lag,
            Consequences.Inference inference,
            boolean withGrounds) {
        return new Consequences.Outcome(
                p.person(),
                p.id(),
                p.kind(),
                p.outcome(),
                p.when(),
                p.decisionDate(),
                p.effectiveDate(),
                p.summary(),
                basis,
                order.name(),
                lag,
                inference,
                withGrounds ? p.groundsCitations() : null,
                p.confidence(),
                p.status(),
                p.variantOf(),
                p.citations(),
                p.votes());
    }
}

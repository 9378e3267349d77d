package org.dissentgraph.rule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether a recorded vote met a rule's threshold, exactly (integer arithmetic), on the
 * base the rule counts, and what that means for the penalty:
 * <ul>
 *   <li>{@code SATISFIED}: the vote met the threshold;</li>
 *   <li>{@code BLOCKED}: the vote fell short and the penalty did not happen;</li>
 *   <li>{@code VIOLATED}: the penalty was applied although the vote fell short or was not held;</li>
 *   <li>{@code UNKNOWN}: no vote of the deciding body recorded, or the counts cannot decide it;</li>
 *   <li>{@code RULE_NOT_IN_FORCE}: the decision lies outside the time the rule was in force.</li>
 * </ul>
 * Bases: {@code votes-cast} = for ÷ (for + against), abstentions not counted as cast;
 * {@code members-present} = for ÷ present; {@code members-entitled} = for ÷ entitled;
 * {@code unstated} (the source does not say): every base the counts allow is tried, and a result
 * stands only when they agree.
 */
final class RuleEvaluation {

    private static final String VOTES_CAST = "votes cast (for + against)";
    private static final String PRESENT = "members present";
    private static final String ENTITLED = "members entitled to vote";

    private RuleEvaluation() {}

    record Terms(long thresholdNum, long thresholdDen, String counts) {}

    record Counts(Long votesFor, Long votesAgainst, Long abstained, Long present, Long entitled, String result) {}

    /** The share compared with the threshold, when one base decided it. */
    record Share(long numerator, long denominator, String basis) {}

    record Result(String outcome, Share share, String explanation) {}

    /**
     * The vote a rule is checked against, of those held on one decision: the latest held (by its
     * earliest possible day; of votes on the same day, the last listed), since a later vote on the
     * same decision supersedes an earlier one (a recount, a second reading). Empty when none was held.
     */
    static <T> Optional<T> decidingVote(List<T> votes, Function<T, LocalDate> earliest) {
        T deciding = null;
        LocalDate latest = null;
        for (T vote : votes) {
            LocalDate day = earliest.apply(vote);
            if (deciding == null || (day != null && (latest == null || !day.isBefore(latest)))) {
                deciding = vote;
                latest = day == null ? latest : day;
            } else if (day == null && latest == null) {
                deciding = vote;
            }
        }
        return Optional.ofNullable(deciding);
    }

    static Result evaluate(Terms rule, Counts vote, String penaltyOutcome) {
        return evaluate(rule, vote, penaltyOutcome, false);
    }

    /**
     * The check of one decision against a rule in force. {@code vote} is the deciding body's vote
     * (null when none is recorded); {@code commissionOnly}: the only votes recorded are a
     * commission's, which recommends and does not decide.
     */
    static Result evaluate(Terms rule, Counts vote, String penaltyOutcome, boolean commissionOnly) {
        boolean applied = "APPLIED".equals(penaltyOutcome);
        if (vote == null) {
            return new Result(
                    "UNKNOWN",
                    null,
                    (commissionOnly
                                    ? "Only the vote of a commission, which recommends, is recorded; the plenum's own vote is"
                                            + " not, so whether the decision had the "
                                    : "No vote is recorded for this decision, so whether it had the ")
                            + majority(rule) + " the rule requires cannot be checked.");
        }
        if ("NOT_HELD".equals(vote.result())) {
            return applied
                    ? new Result(
                            "VIOLATED",
                            null,
                            "The penalty was applied, but a source shows the required vote was not held.")
                    : new Result("BLOCKED", null, "No vote was held and the penalty did not happen.");
        }
        List<Share> shares = shares(rule.counts(), vote);
        Boolean met = null;
        Share decisive = null;
        List<String> verdicts = new ArrayList<>();
        for (Share share : shares) {
            boolean reached = share.numerator() * rule.thresholdDen() >= rule.thresholdNum() * share.denominator();
            verdicts.add(verdict(rule, share, reached));
            if (met == null) {
                met = reached;
                decisive = share;
            } else if (met != reached) {
                return new Result(
                        "UNKNOWN",
                        null,
                        "The source does not say what the " + words(rule) + " is a share of, and the bases"
                                + " disagree: " + String.join("; ", verdicts) + ".");
            }
        }
        if (met == null) {
            if ("REJECTED".equals(vote.result()) || "ADOPTED".equals(vote.result())) {
                met = "ADOPTED".equals(vote.result());
                verdicts.add("no counts are recorded, only that the motion was "
                        + vote.result().toLowerCase(Locale.ROOT));
            } else {
                return new Result(
                        "UNKNOWN",
                        null,
                        "The recorded counts do not show whether the decision had the " + majority(rule)
                                + " the rule requires.");
            }
        }
        String because = String.join("; ", verdicts) + "."
                + (shares.size() > 1
                        ? " The source does not say what the " + words(rule)
                                + " is a share of; every base the counts allow gives the same answer."
                        : "");
        if (met) {
            return new Result(
                    "SATISFIED",
                    decisive,
                    "The vote met the threshold: " + because
                            + (applied ? "" : " The penalty was nevertheless not applied."));
        }
        return applied
                ? new Result("VIOLATED", decisive, "The penalty was applied although the vote fell short: " + because)
                : new Result("BLOCKED", decisive, "The vote fell short, so the penalty did not happen: " + because);
    }

    /**
     * A decision outside the time the rule was in force ({@code ruleEarliest}..{@code ruleLatest},
     * either open): not checked against it, and why.
     */
    static Result notInForce(
            String ruleName,
            LocalDate ruleEarliest,
            LocalDate ruleLatest,
            LocalDate decisionEarliest,
            String decisionDate) {
        boolean after = ruleLatest != null && decisionEarliest != null && decisionEarliest.isAfter(ruleLatest);
        return new Result(
                "RULE_NOT_IN_FORCE",
                null,
                "This decision (" + decisionDate + ") came " + (after ? "after" : "before") + " the time \"" + ruleName
                        + "\" was in force (" + (ruleEarliest == null ? "…" : ruleEarliest) + " to "
                        + (ruleLatest == null ? "…" : ruleLatest)
                        + "), so it is not checked against it; the rule in force"
                        + " at the time is not in the data, or its text was not found.");
    }

    /** "17 of the 27 members present voted for it, short of the two thirds (18) required". */
    private static String verdict(Terms rule, Share share, boolean reached) {
        long needed = (share.denominator() * rule.thresholdNum() + rule.thresholdDen() - 1) / rule.thresholdDen();
        String who = switch (share.basis()) {
            case VOTES_CAST ->
                share.numerator() + " of the " + share.denominator() + " votes cast (for and against) were for it";
            case PRESENT -> share.numerator() + " of the " + share.denominator() + " members present voted for it";
            default -> share.numerator() + " of the " + share.denominator() + " members entitled to vote voted for it";
        };
        return who + (reached ? ", at least" : ", short of") + " the " + words(rule) + " (" + needed + ") required";
    }

    /** "two thirds", or "3/4". */
    private static String words(Terms rule) {
        return rule.thresholdNum() == 2 && rule.thresholdDen() == 3
                ? "two thirds"
                : rule.thresholdNum() + "/" + rule.thresholdDen();
    }

    /** The threshold as a historian would write it: "a two-thirds majority of the members present". */
    static String majority(Terms rule) {
        String share = rule.thresholdNum() == 2 && rule.thresholdDen() == 3
                ? "two-thirds majority"
                : "majority of " + rule.thresholdNum() + "/" + rule.thresholdDen();
        return switch (String.valueOf(rule.counts())) {
            case "votes-cast" -> share + " of the votes cast";
            case "members-present" -> share + " of the members present";
            case "members-entitled" -> share + " of the members entitled to vote";
            default ->
                share + " (the source does not say whether of the votes cast, the members present or all"
                        + " members entitled to vote)";
        };
    }

    private static List<Share> shares(String counts, Counts v) {
        List<Share> shares = new ArrayList<>();
        if (v.votesFor() == null) {
            return shares;
        }
        long yes = v.votesFor();
        boolean all = "unstated".equals(counts);
        if ((all || "votes-cast".equals(counts)) && v.votesAgainst() != null && yes + v.votesAgainst() > 0) {
            shares.add(new Share(yes, yes + v.votesAgainst(), VOTES_CAST));
        }
        if (all || "members-present".equals(counts)) {
            if (v.present() != null && v.present() > 0) {
                shares.add(new Share(yes, v.present(), PRESENT));
            }
        }
        if ((all || "members-entitled".equals(counts)) && v.entitled() != null && v.entitled() > 0) {
            shares.add(new Share(yes, v.entitled(), ENTITLED));
        }
        return shares;
    }
}

package org.dissentgraph.rule;

import static org.assertj.core.api.Assertions.assertThat;

import org.dissentgraph.rule.RuleEvaluation.Counts;
import org.dissentgraph.rule.RuleEvaluation.Terms;
import org.junit.jupiter.api.Test;

class RuleEvaluationTest {

    private static final Terms TWO_THIRDS_PRESENT = new Terms(2, 3, "members-present");
    private static final Terms TWO_THIRDS_UNSTATED = new Terms(2, 3, "unstated");

    private record Held(String id, java.time.LocalDate day) {}

    @Test
    void the_rule_is_checked_against_the_latest_vote_held_on_the_decision() {
        var first = new Held("first reading", java.time.LocalDate.of(1927, 10, 21));
        var recount = new Held("recount", java.time.LocalDate.of(1927, 10, 23));
        assertThat(RuleEvaluation.decidingVote(java.util.List.of(recount, first), Held::day))
                .contains(recount);
        assertThat(RuleEvaluation.decidingVote(java.util.List.of(first, recount), Held::day))
                .contains(recount);
    }

    @Test
    void of_votes_on_the_same_day_or_undated_the_last_listed_decides_and_none_held_decides_nothing() {
        var morning = new Held("morning", java.time.LocalDate.of(1927, 10, 23));
        var evening = new Held("evening", java.time.LocalDate.of(1927, 10, 23));
        var undated = new Held("undated", null);
        assertThat(RuleEvaluation.decidingVote(java.util.List.of(morning, evening), Held::day))
                .contains(evening);
        assertThat(RuleEvaluation.decidingVote(java.util.List.of(undated, morning), Held::day))
                .contains(morning);
        assertThat(RuleEvaluation.decidingVote(java.util.List.of(morning, undated), Held::day))
                .as("an undated vote does not override a dated one")
                .contains(morning);
        assertThat(RuleEvaluation.decidingVote(java.util.List.of(undated, new Held("second", null)), Held::day))
                .map(Held::id)
                .contains("second");
        assertThat(RuleEvaluation.decidingVote(java.util.List.<Held>of(), Held::day))
                .isEmpty();
    }

    @Test
    void seventeen_of_twenty_seven_present_falls_one_vote_short_and_blocks_the_expulsion() {
        var result = RuleEvaluation.evaluate(
                TWO_THIRDS_PRESENT, new Counts(17L, 10L, null, 27L, null, "REJECTED"), "PROPOSED_NOT_APPLIED");
        assertThat(result.outcome()).isEqualTo("BLOCKED");
        assertThat(result.share()).isEqualTo(new RuleEvaluation.Share(17, 27, "members present"));
        assertThat(result.explanation())
                .isEqualTo("The vote fell short, so the penalty did not happen: 17 of the 27 members present voted for"
                        + " it, short of the two thirds (18) required.");
    }

    @Test
    void eighteen_of_twenty_seven_is_exactly_two_thirds_and_satisfies_the_rule() {
        var result =
                RuleEvaluation.evaluate(TWO_THIRDS_PRESENT, new Counts(18L, 9L, null, 27L, null, "ADOPTED"), "APPLIED");
        assertThat(result.outcome()).isEqualTo("SATISFIED");
    }

    @Test
    void an_expulsion_applied_after_a_vote_that_fell_short_is_a_violation() {
        var result = RuleEvaluation.evaluate(
                TWO_THIRDS_PRESENT, new Counts(17L, 10L, null, 27L, null, "ADOPTED"), "APPLIED");
        assertThat(result.outcome()).isEqualTo("VIOLATED");
    }

    @Test
    void an_expulsion_applied_without_the_required_vote_being_held_is_a_violation() {
        var result = RuleEvaluation.evaluate(
                TWO_THIRDS_PRESENT, new Counts(null, null, null, null, null, "NOT_HELD"), "APPLIED");
        assertThat(result.outcome()).isEqualTo("VIOLATED");
    }

    @Test
    void no_recorded_vote_leaves_the_check_unknown() {
        var result = RuleEvaluation.evaluate(TWO_THIRDS_PRESENT, null, "APPLIED");
        assertThat(result.outcome()).isEqualTo("UNKNOWN");
        assertThat(result.explanation()).contains("No vote is recorded").doesNotContain("unstated");
    }

    @Test
    void when_the_source_does_not_say_what_is_counted_all_bases_must_agree() {
        // 20 for, 9 against, 4 abstaining, 33 present: 20/29 of votes cast meets 2/3, 20/33 of those present does not
        var split =
                RuleEvaluation.evaluate(TWO_THIRDS_UNSTATED, new Counts(20L, 9L, 4L, 33L, null, "ADOPTED"), "APPLIED");
        assertThat(split.outcome()).isEqualTo("UNKNOWN");
        assertThat(split.explanation()).contains("bases disagree");
        var agreed = RuleEvaluation.evaluate(
                TWO_THIRDS_UNSTATED, new Counts(17L, 10L, null, 27L, null, "REJECTED"), "PROPOSED_NOT_APPLIED");
        assertThat(agreed.outcome()).isEqualTo("BLOCKED");
    }

    @Test
    void votes_cast_leave_abstentions_out() {
        var result = RuleEvaluation.evaluate(
                new Terms(2, 3, "votes-cast"), new Counts(20L, 10L, 15L, 45L, null, "ADOPTED"), "APPLIED");
        assertThat(result.outcome()).isEqualTo("SATISFIED");
        assertThat(result.share()).isEqualTo(new RuleEvaluation.Share(20, 30, "votes cast (for + against)"));
    }

    @Test
    void with_no_vote_and_an_unstated_base_the_explanation_reads_as_a_historian_would_write_it() {
        var result = RuleEvaluation.evaluate(new RuleEvaluation.Terms(2, 3, "unstated"), null, "APPLIED");
        assertThat(result.explanation())
                .isEqualTo("No vote is recorded for this decision, so whether it had the two-thirds majority (the"
                        + " source does not say whether of the votes cast, the members present or all members"
                        + " entitled to vote) the rule requires cannot be checked.")
                .doesNotContain("of unstated");
    }

    @Test
    void a_commission_vote_does_not_decide_and_the_check_says_so() {
        var result = RuleEvaluation.evaluate(TWO_THIRDS_UNSTATED, null, "APPLIED", true);
        assertThat(result.outcome()).isEqualTo("UNKNOWN");
        assertThat(result.explanation())
                .startsWith(
                        "Only the vote of a commission, which recommends, is recorded; the plenum's own vote is not");
    }

    @Test
    void a_decision_after_the_rule_ceased_to_apply_is_not_checked_against_it() {
        var result = RuleEvaluation.notInForce(
                "Point 7",
                java.time.LocalDate.of(1921, 3, 16),
                java.time.LocalDate.of(1934, 2, 10),
                java.time.LocalDate.of(1937, 2, 26),
                "1937-02-27~");
        assertThat(result.outcome()).isEqualTo("RULE_NOT_IN_FORCE");
        assertThat(result.share()).isNull();
        assertThat(result.explanation())
                .contains("came after the time \"Point 7\" was in force (1921-03-16 to 1934-02-10)")
                .contains("not checked against it");
    }

    @Test
    void with_an_unstated_base_that_agrees_the_explanation_names_both_bases_and_says_the_source_is_silent() {
        var result = RuleEvaluation.evaluate(
                TWO_THIRDS_UNSTATED, new Counts(17L, 10L, null, 27L, null, "REJECTED"), "PROPOSED_NOT_APPLIED");
        assertThat(result.explanation())
                .contains(
                        "17 of the 27 votes cast (for and against) were for it, short of the two thirds (18) required")
                .contains("17 of the 27 members present voted for it")
                .contains("The source does not say what the two thirds is a share of")
                .doesNotContain("2/3");
    }
}

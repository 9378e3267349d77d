package org.dissentgraph.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.time.Edtf;
import org.junit.jupiter.api.Test;

/**
 * The consequence rules on a small fixture: two co-signers of one letter (February 1922); Anna has
 * a penalty certainly before it, one whose dates overlap it, one a source ties to it, one beyond
 * the window and a readmission; Boris has one applied penalty soon after.
 */
class ConsequenceRulesTest {

    static final Ref ANNA = new Ref("anna", "Person", "Anna");
    static final Ref BORIS = new Ref("boris", "Person", "Boris");
    static final Citation GROUNDS =
            new Citation("src", "A history", "An author", null, "secondary", "for the letter", "12", "grounds");

    static When when(String edtf) {
        Edtf e = Edtf.parse(edtf);
        return new When(edtf, e.earliest().orElse(null), e.latest().orElse(null), e.precision());
    }

    static PenaltyFact penalty(Ref person, String id, String kind, String outcome, String date, String... grounds) {
        return new PenaltyFact(
                person,
                id,
                kind,
                outcome,
                when(date),
                date,
                null,
                "a " + kind.toLowerCase(),
                "high",
                "accepted",
                null,
                List.of(grounds),
                grounds.length > 0 ? List.of(GROUNDS) : List.of(),
                List.of());
    }

    static final Criticism LETTER = new Criticism(
            "letter",
            List.of(ANNA, BORIS),
            List.of(new Ref("cc", "Organ", "Central Committee")),
            when("1922-02-26"),
            null,
            null,
            null,
            "a letter",
            null,
            "high",
            null,
            null,
            List.of());

    static final List<PenaltyFact> PENALTIES = List.of(
            penalty(ANNA, "anna-before", "TRANSFER_CITY", "APPLIED", "1921"),
            penalty(ANNA, "anna-overlap", "REMOVAL_FROM_POST", "APPLIED", "1922"),
            penalty(ANNA, "anna-documented", "EXPULSION", "APPLIED", "1922-03", "letter"),
            penalty(ANNA, "anna-beyond", "ARREST", "APPLIED", "1925-06-01"),
            penalty(ANNA, "anna-readmitted", "READMISSION", "APPLIED", "1922-06"),
            penalty(ANNA, "anna-averted", "EXPULSION", "PROPOSED_NOT_APPLIED", "1922-04"),
            penalty(BORIS, "boris-exile", "EXILE", "APPLIED", "1922-05-10"));

    private static List<String> ids(List<Consequences.Outcome> outcomes) {
        return outcomes.stream().map(Consequences.Outcome::penaltyId).toList();
    }

    @Test
    void each_critic_gets_only_their_own_penalties() {
        Consequences all = ConsequenceRules.of(LETTER, PENALTIES, 24);
        assertThat(all.critics()).extracting(c -> c.person().id()).containsExactly("anna", "boris");
        Consequences.Critic boris = all.critics().get(1);
        assertThat(ids(boris.inferred())).containsExactly("boris-exile");
        assertThat(boris.documented()).isEmpty();
        assertThat(all.critics().get(0).inferred())
                .allSatisfy(o -> assertThat(o.person()).isEqualTo(ANNA));
    }

    @Test
    void a_penalty_certainly_before_the_criticism_is_never_a_consequence() {
        Consequences.Critic anna = ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 240);
        assertThat(ids(anna.documented())).doesNotContain("anna-before");
        assertThat(ids(anna.inferred())).doesNotContain("anna-before");
        assertThat(ids(anna.averted())).doesNotContain("anna-before");
    }

    @Test
    void a_penalty_whose_dates_overlap_the_criticism_is_possibly_after_with_a_lag_from_zero() {
        Consequences.Outcome overlap = ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 24).inferred().stream()
                .filter(o -> o.penaltyId().equals("anna-overlap"))
                .findFirst()
                .orElseThrow();
        assertThat(overlap.order()).isEqualTo("UNCERTAIN");
        assertThat(overlap.lag().minDays()).isZero();
        assertThat(overlap.lag().maxDays()).isEqualTo(308L); // 26 Feb to 31 Dec 1922
        assertThat(overlap.lag().maxMonths()).isEqualTo(10L);
    }

    @Test
    void a_documented_penalty_carries_the_citation_that_ties_it_and_the_verdict_says_documented() {
        Consequences.Critic anna = ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 1);
        assertThat(anna.verdict()).isEqualTo("DOCUMENTED_CONSEQUENCE");
        Consequences.Outcome documented = anna.documented().get(0);
        assertThat(documented.penaltyId()).isEqualTo("anna-documented");
        assertThat(documented.order()).isEqualTo("AFTER");
        assertThat(documented.grounds()).containsExactly(GROUNDS);
        assertThat(documented.inference()).isNull();
        assertThat(documented.lag()).isEqualTo(new Consequences.Lag(3, 33L, 0, 1L));
    }

    @Test
    void an_inferred_penalty_carries_its_rule_premises_and_lag() {
        Consequences.Outcome exile = ConsequenceRules.forCritic(LETTER, BORIS, PENALTIES, 24)
                .inferred()
                .get(0);
        assertThat(exile.basis()).isEqualTo("inferred");
        assertThat(exile.inference().rule()).isEqualTo("same person, applied penalty within 24 months after");
        assertThat(exile.inference().premises()).containsExactly("letter", "boris-exile");
        assertThat(exile.inference().lag()).isEqualTo(exile.lag());
        assertThat(exile.lag().minDays()).isEqualTo(73L);
        assertThat(exile.lag().maxDays()).isEqualTo(73L);
    }

    @Test
    void a_penalty_beyond_the_window_is_left_out_and_the_window_uses_the_lags_anchor() {
        assertThat(ids(ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 24).inferred()))
                .doesNotContain("anna-beyond");
        // 26 Feb 1922 + 39 months = 26 May 1925: 1 June 1925 is just outside, inside at 40
        assertThat(ids(ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 39).inferred()))
                .doesNotContain("anna-beyond");
        List<Consequences.Outcome> at40 =
                ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 40).inferred();
        assertThat(at40)
                .filteredOn(o -> o.penaltyId().equals("anna-beyond"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.lag().minMonths()).isLessThanOrEqualTo(40L);
                    assertThat(o.lag().minMonths()).isEqualTo(39L);
                });
    }

    @Test
    void a_readmission_is_never_a_penalty() {
        for (int window : new int[] {1, 24, 240}) {
            Consequences.Critic anna = ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, window);
            assertThat(ids(anna.inferred())).doesNotContain("anna-readmitted");
            assertThat(ids(anna.documented())).doesNotContain("anna-readmitted");
            assertThat(ids(anna.averted())).doesNotContain("anna-readmitted");
        }
    }

    @Test
    void a_motion_not_carried_is_averted_not_a_consequence() {
        Consequences.Critic anna = ConsequenceRules.forCritic(LETTER, ANNA, PENALTIES, 24);
        assertThat(ids(anna.averted())).containsExactly("anna-averted");
        assertThat(ids(anna.inferred())).doesNotContain("anna-averted");
    }

    @Test
    void with_nothing_after_it_the_verdict_says_the_record_is_silent() {
        Criticism late = new Criticism(
                "late",
                List.of(BORIS),
                List.of(),
                when("1930"),
                null,
                null,
                null,
                "late",
                null,
                "high",
                null,
                null,
                List.of());
        Consequences.Critic boris = ConsequenceRules.forCritic(late, BORIS, PENALTIES, 24);
        assertThat(boris.verdict()).isEqualTo("NO_RECORDED_CONSEQUENCE");
        assertThat(boris.nothingFollowed().attested()).isFalse();
    }

    @Test
    void order_and_lag_follow_the_ranges() {
        var criticism = new Dating.Range(LocalDate.of(1922, 3, 27), LocalDate.of(1922, 4, 2));
        assertThat(Dating.order(criticism, new Dating.Range(LocalDate.of(1922, 4, 2), LocalDate.of(1922, 4, 2))))
                .isEqualTo(Dating.Order.AFTER);
        assertThat(Dating.order(criticism, new Dating.Range(LocalDate.of(1922, 3, 1), LocalDate.of(1922, 3, 27))))
                .isEqualTo(Dating.Order.UNCERTAIN);
        assertThat(Dating.order(criticism, new Dating.Range(LocalDate.of(1922, 3, 1), LocalDate.of(1922, 3, 26))))
                .isEqualTo(Dating.Order.BEFORE);
        assertThat(Dating.order(criticism, new Dating.Range(null, LocalDate.of(1922, 3, 28))))
                .isEqualTo(Dating.Order.UNCERTAIN);
        Consequences.Lag open = Dating.lag(criticism, new Dating.Range(LocalDate.of(1923, 1, 1), null));
        assertThat(open.minDays()).isEqualTo(274L);
        assertThat(open.maxDays()).isNull();
    }
}

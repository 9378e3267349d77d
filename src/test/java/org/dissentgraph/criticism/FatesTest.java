package org.dissentgraph.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dissentgraph.criticism.ConsequenceRulesTest.ANNA;
import static org.dissentgraph.criticism.ConsequenceRulesTest.LETTER;
import static org.dissentgraph.criticism.ConsequenceRulesTest.PENALTIES;
import static org.dissentgraph.criticism.ConsequenceRulesTest.penalty;
import static org.dissentgraph.criticism.ConsequenceRulesTest.when;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FatesTest {

    @Test
    void the_fate_lists_every_later_penalty_beyond_any_window_with_the_first_and_the_gravest() {
        Fate fate = Fates.of(ANNA, null, LETTER, PENALTIES);
        assertThat(fate.penalties())
                .extracting(Consequences.Outcome::penaltyId)
                .containsExactly("anna-overlap", "anna-documented", "anna-beyond");
        assertThat(fate.penalties()).allSatisfy(o -> assertThat(o.person()).isEqualTo(ANNA));
        assertThat(fate.first().penaltyId()).isEqualTo("anna-overlap");
        assertThat(fate.gravest().penaltyId()).isEqualTo("anna-beyond");
        assertThat(fate.gravest().lag().minMonths()).isEqualTo(39L);
        assertThat(fate.averted()).extracting(Consequences.Outcome::penaltyId).containsExactly("anna-averted");
        assertThat(fate.since().criticismId()).isEqualTo("letter");
        assertThat(fate.until()).isEqualTo("END_OF_RECORD");
    }

    @Test
    void a_readmission_is_a_reversal_never_a_penalty() {
        Fate fate = Fates.of(ANNA, null, LETTER, PENALTIES);
        assertThat(fate.reversals()).extracting(Consequences.Outcome::penaltyId).containsExactly("anna-readmitted");
        assertThat(fate.penalties()).noneSatisfy(o -> assertThat(o.kind()).isEqualTo("READMISSION"));
    }

    @Test
    void an_arrest_with_no_release_and_no_death_leaves_the_fate_unknown() {
        assertThat(Fates.of(ANNA, null, LETTER, PENALTIES).fate().outcome()).isEqualTo("UNKNOWN");
    }

    @Test
    void an_execution_decides_the_fate() {
        List<PenaltyFact> all = new ArrayList<>(PENALTIES);
        all.add(penalty(ANNA, "anna-shot", "EXECUTION", "APPLIED", "1937-08-01"));
        Fate fate = Fates.of(ANNA, when("1937-08-01"), LETTER, all);
        assertThat(fate.fate().outcome()).isEqualTo("EXECUTED");
        assertThat(fate.fate().evidence()).containsExactly("anna-shot");
        assertThat(fate.gravest().penaltyId()).isEqualTo("anna-shot");
        assertThat(fate.until()).isEqualTo("DEATH");
    }

    @Test
    void a_death_after_an_unreleased_arrest_is_unknown_and_says_what_the_record_lacks() {
        for (String died : List.of("1927", "1945")) {
            FinalFates.Outcome fate =
                    Fates.of(ANNA, when(died), LETTER, PENALTIES).fate();
            assertThat(fate.outcome()).as(died).isEqualTo("UNKNOWN");
            assertThat(fate.explanation()).contains("arrested (1925-06-01)", "died (" + died + ")", "not known");
            assertThat(fate.evidence()).containsExactly("anna-beyond", "anna");
        }
    }

    @Test
    void a_death_with_no_penalty_rows_is_a_death_at_liberty_never_an_execution() {
        FinalFates.Outcome fate =
                Fates.of(ANNA, when("1953-03-05"), LETTER, List.of()).fate();
        assertThat(fate.outcome()).isEqualTo("DIED_AT_LIBERTY");
        assertThat(fate.evidence()).containsExactly("anna");
        assertThat(Fates.of(ANNA, when("1935-01-25"), LETTER, List.of()).fate().outcome())
                .isEqualTo("DIED_AT_LIBERTY");
    }

    @Test
    void a_death_in_1936_to_1941_the_record_does_not_explain_is_unknown_unless_deported_abroad_before() {
        for (String died : List.of("1938-09-01", "1936", "1941-12-31", "1935/1937")) {
            FinalFates.Outcome fate =
                    Fates.of(ANNA, when(died), LETTER, List.of()).fate();
            assertThat(fate.outcome()).as(died).isEqualTo("UNKNOWN");
            assertThat(fate.explanation()).as(died).contains("in 1936–1941", "not known");
            assertThat(fate.evidence()).containsExactly("anna");
        }
        List<PenaltyFact> deported = List.of(penalty(ANNA, "anna-deported", "DEPORTATION", "APPLIED", "1929-02"));
        assertThat(Fates.of(ANNA, when("1940-08-21"), LETTER, deported).fate().outcome())
                .isEqualTo("DIED_AT_LIBERTY");
        List<PenaltyFact> posted = List.of(penalty(ANNA, "anna-abroad", "ASSIGNMENT_ABROAD", "APPLIED", "1930"));
        assertThat(Fates.of(ANNA, when("1938-02-08"), LETTER, posted).fate().outcome())
                .as("a posting abroad is not beyond reach: envoys were recalled")
                .isEqualTo("UNKNOWN");
    }

    @Test
    void only_a_row_that_says_so_makes_a_death_in_custody() {
        List<PenaltyFact> all = new ArrayList<>(PENALTIES);
        all.add(penalty(ANNA, "anna-died", "DEATH_IN_CUSTODY", "APPLIED", "1939-05-19"));
        FinalFates.Outcome fate =
                Fates.of(ANNA, when("1939-05-19"), LETTER, all).fate();
        assertThat(fate.outcome()).isEqualTo("DIED_IN_CUSTODY");
        assertThat(fate.evidence()).containsExactly("anna-died");
    }

    @Test
    void an_execution_outranks_a_death_in_custody_and_a_proposed_execution_is_not_one() {
        List<PenaltyFact> all = new ArrayList<>(PENALTIES);
        all.add(penalty(ANNA, "anna-proposed", "EXECUTION", "PROPOSED_NOT_APPLIED", "1932-10"));
        assertThat(Fates.of(ANNA, when("1937"), LETTER, all).fate().outcome()).isEqualTo("UNKNOWN");
        all.add(penalty(ANNA, "anna-died", "DEATH_IN_CUSTODY", "APPLIED", "1937-01-01"));
        all.add(penalty(ANNA, "anna-shot", "EXECUTION", "APPLIED", "1937-01-01"));
        assertThat(Fates.of(ANNA, when("1937-01-01"), LETTER, all).fate().evidence())
                .containsExactly("anna-shot");
    }

    @Test
    void the_final_fate_of_the_published_interface_is_the_persons_fate() {
        List<FinalFates.Penalty> rows = List.of(
                new FinalFates.Penalty("anna-beyond", "ARREST", "APPLIED", when("1925-06-01"), null, "arrested"));
        assertThat(FinalFates.of(ANNA, when("1930"), rows))
                .isEqualTo(Fates.of(ANNA, when("1930"), LETTER, PENALTIES).fate());
    }

    @Test
    void a_release_into_exile_then_a_death_is_a_death_at_liberty() {
        List<PenaltyFact> all = new ArrayList<>(PENALTIES);
        all.add(penalty(ANNA, "anna-exile", "EXILE", "APPLIED", "1926"));
        assertThat(Fates.of(ANNA, when("1927"), LETTER, all).fate().outcome()).isEqualTo("DIED_AT_LIBERTY");
    }

    @Test
    void with_no_death_and_no_custody_the_person_is_alive_at_the_end_of_the_record() {
        List<PenaltyFact> mild = List.of(penalty(ANNA, "anna-removed", "REMOVAL_FROM_POST", "APPLIED", "1923"));
        assertThat(Fates.of(ANNA, null, LETTER, mild).fate().outcome()).isEqualTo("ALIVE_AT_END_OF_RECORD");
    }
}

package org.dissentgraph.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dissentgraph.criticism.FinalFates;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.time.Edtf;
import org.junit.jupiter.api.Test;

class FateAnalysisTest {

    static final Ref VERA = new Ref("vera", "Person", "Vera");
    static final List<String> EVENTS = List.of("EXPULSION", "ARREST", "EXECUTION");

    static When when(String edtf) {
        Edtf e = Edtf.parse(edtf);
        return new When(edtf, e.earliest().orElse(null), e.latest().orElse(null), e.precision());
    }

    static FinalFates.Penalty penalty(String id, String kind, String date) {
        return new FinalFates.Penalty(id, kind, "APPLIED", when(date), null, kind.toLowerCase());
    }

    static CohortFates.MemberFate member(When died, FinalFates.Penalty... penalties) {
        FateAnalysis.Entry entry = new FateAnalysis.Entry(VERA, when("1923-10-15"), List.of("declaration"));
        FateAnalysis.Facts facts = new FateAnalysis.Facts(VERA, died, List.of(penalties), null);
        return FateAnalysis.member(entry, facts, EVENTS, null);
    }

    private static CohortFates.Outcome arrest(CohortFates.MemberFate m) {
        return m.outcomes().get(EVENTS.indexOf("ARREST"));
    }

    @Test
    void an_execution_without_an_arrest_row_is_custody_on_the_arrest_curve_not_a_competing_death() {
        CohortFates.MemberFate m = member(when("1937-09-02"), penalty("vera-shot", "EXECUTION", "1937-09-02"));
        CohortFates.Outcome arrest = arrest(m);
        assertThat(arrest.status()).isEqualTo("EVENT");
        assertThat(arrest.penaltyId()).isEqualTo("vera-shot");
        assertThat(arrest.when().edtf()).isEqualTo("1937-09-02");
        assertThat(arrest.note()).contains("no ARREST is recorded", "EXECUTION implies custody");
        assertThat(m.outcomes().get(EVENTS.indexOf("EXPULSION")).status()).isEqualTo("DIED_FIRST");
        assertThat(m.fate().outcome()).isEqualTo("EXECUTED");
    }

    @Test
    void a_recorded_arrest_is_the_arrest_event_and_carries_no_note() {
        CohortFates.MemberFate m = member(
                when("1937-09-02"),
                penalty("vera-arrested", "ARREST", "1937-06"),
                penalty("vera-shot", "EXECUTION", "1937-09-02"));
        assertThat(arrest(m).penaltyId()).isEqualTo("vera-arrested");
        assertThat(arrest(m).note()).isNull();
    }

    @Test
    void a_death_with_no_execution_or_custody_row_stays_a_competing_death_for_the_arrest_curve() {
        CohortFates.MemberFate m = member(when("1934-12-01"), penalty("vera-removed", "REMOVAL_FROM_POST", "1929-05"));
        assertThat(arrest(m).status()).isEqualTo("DIED_FIRST");
        assertThat(m.fate().outcome()).isEqualTo("DIED_AT_LIBERTY");
    }

    @Test
    void an_arrest_open_at_death_leaves_the_member_fate_unknown() {
        CohortFates.MemberFate m = member(when("1939-05-19"), penalty("vera-arrested", "ARREST", "1937-01-30"));
        assertThat(m.fate().outcome()).isEqualTo("UNKNOWN");
        assertThat(m.fate().explanation()).contains("does not say how the death came");
    }
}

package org.dissentgraph.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.cohort.Survival.Observation;
import org.dissentgraph.cohort.Survival.Status;
import org.junit.jupiter.api.Test;

/** The statistics on fixtures computed by hand, and the log-rank test on the textbook leukaemia data. */
class SurvivalTest {

    private static Observation event(double t) {
        return new Observation(t, Status.EVENT);
    }

    private static Observation censored(double t) {
        return new Observation(t, Status.CENSORED);
    }

    private static Observation competing(double t) {
        return new Observation(t, Status.COMPETING);
    }

    @Test
    void kaplan_meier_with_ties_and_censoring_matches_the_hand_computation() {
        // 7 persons: events at 1, 2, 2 and 4; censored at 2 (after the tied events), 3 and 5
        var km = Survival.kaplanMeier(
                List.of(censored(5), event(2), event(1), censored(2), event(2), censored(3), event(4)));

        assertThat(km.steps()).extracting(Survival.KmStep::time).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0);
        assertThat(km.steps()).extracting(Survival.KmStep::atRisk).containsExactly(7, 6, 3, 2, 1);
        assertThat(km.steps()).extracting(Survival.KmStep::events).containsExactly(1, 2, 0, 1, 0);
        assertThat(km.steps()).extracting(Survival.KmStep::censored).containsExactly(0, 1, 1, 0, 1);
        // S = 6/7, then 6/7 × 4/6 = 4/7 (the censored at 2 still at risk at 2), flat at 3, × 1/2 = 2/7
        assertThat(km.steps().get(0).survival()).isCloseTo(6.0 / 7, within(1e-12));
        assertThat(km.steps().get(1).survival()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(km.steps().get(2).survival()).isCloseTo(4.0 / 7, within(1e-12));
        assertThat(km.steps().get(3).survival()).isCloseTo(2.0 / 7, within(1e-12));
        // Greenwood on the log-log scale: sum d/(n(n-d)) = 1/42, + 2/24, + 1/2; se = sqrt(sum)/|ln S|;
        // band S^exp(±1.96 se)
        assertThat(km.steps().get(0).lower()).isCloseTo(0.33405388, within(1e-7));
        assertThat(km.steps().get(0).upper()).isCloseTo(0.97856106, within(1e-7));
        assertThat(km.steps().get(1).lower()).isCloseTo(0.17186602, within(1e-7));
        assertThat(km.steps().get(1).upper()).isCloseTo(0.83708278, within(1e-7));
        assertThat(km.steps().get(3).lower()).isCloseTo(0.01441694, within(1e-7));
        assertThat(km.steps().get(3).upper()).isCloseTo(0.69059501, within(1e-7));
        assertThat(km.median()).isEqualTo(4.0); // the first time S <= 0.5
    }

    @Test
    void a_curve_that_never_reaches_one_half_has_no_median_and_a_curve_at_zero_no_band() {
        assertThat(Survival.kaplanMeier(List.of(event(1), censored(2), censored(3)))
                        .median())
                .isNull();
        var all = Survival.kaplanMeier(List.of(event(1), event(1)));
        assertThat(all.steps().get(0).survival()).isZero();
        assertThat(all.steps().get(0).lower()).isNull();
        assertThat(all.median()).isEqualTo(1.0);
        assertThat(Survival.kaplanMeier(List.of(censored(1))).steps().get(0).lower())
                .isEqualTo(1.0);
    }

    @Test
    void cumulative_incidence_treats_death_from_other_causes_as_a_competing_risk() {
        // events at 1, 2, 4; competing deaths at 2 and 3; censored at 2 and 5
        List<Observation> data =
                List.of(event(1), event(2), competing(2), censored(2), competing(3), event(4), censored(5));

        var steps = Survival.cumulativeIncidence(data);

        // by hand: F1 = 1/7; + 6/7 × 1/6 = 2/7; + (4/7 × 2/3) × 1/2 = 10/21. F2 = 1/7; + 4/7 × 1/3 = 1/3
        assertThat(steps).extracting(Survival.IncidenceStep::atRisk).containsExactly(7, 6, 3, 2, 1);
        assertThat(steps.get(0).incidence()).isCloseTo(1.0 / 7, within(1e-12));
        assertThat(steps.get(1).incidence()).isCloseTo(2.0 / 7, within(1e-12));
        assertThat(steps.get(1).competingIncidence()).isCloseTo(1.0 / 7, within(1e-12));
        assertThat(steps.get(2).competingIncidence()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(steps.get(3).incidence()).isCloseTo(10.0 / 21, within(1e-12));
        // the event-free probability is what is left: 1 - 10/21 - 7/21 = 4/21
        assertThat(1 - steps.get(4).incidence() - steps.get(4).competingIncidence())
                .isCloseTo(4.0 / 21, within(1e-12));
        // 1 - Kaplan–Meier, with the competing deaths censored, overstates it: 1 - 5/14 = 9/14
        var km = Survival.kaplanMeier(data);
        assertThat(1 - km.steps().get(3).survival()).isCloseTo(9.0 / 14, within(1e-12));
        assertThat(1 - km.steps().get(3).survival()).isGreaterThan(steps.get(3).incidence());
    }

    /**
     * Freireich et al. (1963), remission times in weeks of 42 children with acute leukaemia, 6-MP
     * against placebo, as printed by Gehan (1965) and in every survival textbook (e.g. Kleinbaum
     * and Klein, "Survival Analysis", ch. 2): the log-rank statistic is 16.79 on 1 df.
     */
    @Test
    void log_rank_on_the_gehan_freireich_leukaemia_data_is_16_79_on_one_degree_of_freedom() {
        List<Observation> mp = new ArrayList<>();
        for (int t : new int[] {6, 6, 6, 7, 10, 13, 16, 22, 23}) {
            mp.add(event(t));
        }
        for (int t : new int[] {6, 9, 10, 11, 17, 19, 20, 25, 32, 32, 34, 35}) {
            mp.add(censored(t));
        }
        List<Observation> placebo = new ArrayList<>();
        for (int t : new int[] {1, 1, 2, 2, 3, 4, 4, 5, 5, 8, 8, 8, 8, 11, 11, 12, 12, 15, 17, 22, 23}) {
            placebo.add(event(t));
        }

        var test = Survival.logRank(mp, placebo);

        assertThat(test.statistic()).isCloseTo(16.79, within(0.005));
        assertThat(test.df()).isEqualTo(1);
        assertThat(test.pValue()).isCloseTo(4.17e-5, within(0.01e-5));
        assertThat(test.observed()).containsExactly(9, 21);
        assertThat(test.expected().get(0)).isCloseTo(19.25, within(0.01));
        assertThat(test.expected().get(1)).isCloseTo(10.75, within(0.01));
        // the 6-MP remission median is 23 weeks, the placebo one 8
        assertThat(Survival.kaplanMeier(mp).median()).isEqualTo(23.0);
        assertThat(Survival.kaplanMeier(placebo).median()).isEqualTo(8.0);
    }

    @Test
    void the_chi_square_tail_is_right_at_known_quantiles() {
        assertThat(Survival.chiSquareUpperTail1(3.841458820694124)).isCloseTo(0.05, within(1e-6));
        assertThat(Survival.chiSquareUpperTail1(6.634896601021214)).isCloseTo(0.01, within(1e-7));
        assertThat(Survival.chiSquareUpperTail1(0)).isCloseTo(1.0, within(1e-7));
    }
}

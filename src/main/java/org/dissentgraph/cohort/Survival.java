package org.dissentgraph.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Survival statistics in plain Java, with no database (docs/fates.md): the Kaplan–Meier estimate
 * with a pointwise 95 % Greenwood band on the log-log scale, the Aalen–Johansen cumulative
 * incidence with one competing risk, and the two-sample log-rank test.
 *
 * <p>At a time where events and censorings tie, the events come first (the censored are still at
 * risk at that time), as in every textbook and in R's {@code survival}.
 */
final class Survival {

    /** The 97.5 % quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private Survival() {}

    /** How one person's follow-up ended. */
    enum Status {
        /** the event of interest */
        EVENT,
        /** a competing event (death from another cause) before it */
        COMPETING,
        /** follow-up ended without either */
        CENSORED
    }

    /** One person's time (months from entry) and how it ended. */
    record Observation(double time, Status status) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KmStep(
            @Schema(description = "months from entry") double time,

            @Schema(description = "persons still followed just before this time")
            int atRisk,

            int events,

            @Schema(description = "persons whose follow-up ended here without the event (competing deaths included)")
            int censored,

            @Schema(description = "Kaplan–Meier probability of no event by this time")
            double survival,

            @Schema(description = "lower end of the pointwise 95 % Greenwood band (log-log); absent where undefined")
            @Nullable
            Double lower,

            @Schema(description = "upper end of the band") @Nullable
            Double upper) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KaplanMeier(
            List<KmStep> steps,

            @Schema(
                    description =
                            "median months to the event: the first time the curve is at or below 0.5; absent if never")
            @Nullable
            Double median) {}

    @Serdeable
    record IncidenceStep(
            double time,
            int atRisk,
            int events,

            @Schema(description = "deaths from other causes at this time")
            int competing,

            int censored,

            @Schema(description = "Aalen–Johansen probability of the event by this time")
            double incidence,

            @Schema(description = "probability of dying first of another cause by this time")
            double competingIncidence) {}

    @Serdeable
    record LogRank(
            double statistic,
            int df,
            double pValue,

            @Schema(description = "events observed in the cohort and in the comparison")
            List<Integer> observed,

            @Schema(description = "events expected in each if both had the same hazard")
            List<Double> expected) {}

    /** Kaplan–Meier of the event; competing events count as censored (what would happen if no one died first). */
    static KaplanMeier kaplanMeier(List<Observation> observations) {
        List<Observation> sorted = sorted(observations);
        List<KmStep> steps = new ArrayList<>();
        int atRisk = sorted.size();
        double survival = 1;
        double greenwood = 0;
        Double median = null;
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            int events = 0;
            int censored = 0;
            while (i < sorted.size() && sorted.get(i).time() == time) {
                if (sorted.get(i).status() == Status.EVENT) {
                    events++;
                } else {
                    censored++;
                }
                i++;
            }
            if (events > 0) {
                survival *= 1 - (double) events / atRisk;
                greenwood = atRisk > events
                        ? greenwood + (double) events / ((double) atRisk * (atRisk - events))
                        : Double.POSITIVE_INFINITY;
            }
            Double lower = null;
            Double upper = null;
            if (survival == 1) {
                lower = 1.0;
                upper = 1.0;
            } else if (survival > 0 && Double.isFinite(greenwood)) {
                double se = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
                lower = Math.pow(survival, Math.exp(Z * se));
                upper = Math.pow(survival, Math.exp(-Z * se));
            }
            steps.add(new KmStep(time, atRisk, events, censored, survival, lower, upper));
            if (median == null && survival <= 0.5) {
                median = time;
            }
            atRisk -= events + censored;
        }
        return new KaplanMeier(steps, median);
    }

    /** Aalen–Johansen cumulative incidence of the event and of the competing event. */
    static List<IncidenceStep> cumulativeIncidence(List<Observation> observations) {
        List<Observation> sorted = sorted(observations);
        List<IncidenceStep> steps = new ArrayList<>();
        int atRisk = sorted.size();
        double free = 1; // probability of neither event just before the time (all-cause Kaplan–Meier)
        double incidence = 0;
        double competingIncidence = 0;
        int i = 0;
        while (i < sorted.size()) {
            double time = sorted.get(i).time();
            int events = 0;
            int competing = 0;
            int censored = 0;
            while (i < sorted.size() && sorted.get(i).time() == time) {
                switch (sorted.get(i).status()) {
                    case EVENT -> events++;
                    case COMPETING -> competing++;
                    default -> censored++;
                }
                i++;
            }
            incidence += free * events / atRisk;
            competingIncidence += free * competing / atRisk;
            free *= 1 - (double) (events + competing) / atRisk;
            steps.add(new IncidenceStep(time, atRisk, events, competing, censored, incidence, competingIncidence));
            atRisk -= events + competing + censored;
        }
        return steps;
    }

    /**
     * The log-rank test of two groups (competing events as censored), with the hypergeometric
     * variance; null when no event happened in either group.
     */
    static LogRank logRank(List<Observation> first, List<Observation> second) {
        record Tagged(double time, boolean event, boolean inFirst) {}
        List<Tagged> all = new ArrayList<>();
        first.forEach(o -> all.add(new Tagged(o.time(), o.status() == Status.EVENT, true)));
        second.forEach(o -> all.add(new Tagged(o.time(), o.status() == Status.EVENT, false)));
        all.sort(Comparator.comparingDouble(Tagged::time));
        int n1 = first.size();
        int n2 = second.size();
        double observed = 0;
        double expected = 0;
        double variance = 0;
        int observedB = 0;
        int i = 0;
        while (i < all.size()) {
            double time = all.get(i).time();
            int d1 = 0;
            int d2 = 0;
            int left1 = 0;
            int left2 = 0;
            while (i < all.size() && all.get(i).time() == time) {
                Tagged o = all.get(i);
                if (o.inFirst()) {
                    left1++;
                    d1 += o.event() ? 1 : 0;
                } else {
                    left2++;
                    d2 += o.event() ? 1 : 0;
                }
                i++;
            }
            double n = n1 + n2;
            double d = d1 + d2;
            if (d > 0) {
                observed += d1;
                observedB += d2;
                expected += d * n1 / n;
                if (n > 1) {
                    variance += d * (n1 / n) * (1 - n1 / n) * (n - d) / (n - 1);
                }
            }
            n1 -= left1;
            n2 -= left2;
        }
        if (variance == 0) {
            return null;
        }
        double statistic = (observed - expected) * (observed - expected) / variance;
        return new LogRank(
                statistic,
                1,
                chiSquareUpperTail1(statistic),
                List.of((int) observed, observedB),
                List.of(expected, observed + observedB - expected));
    }

    /** P(X ≥ x) for X chi-squared with 1 degree of freedom: erfc(√(x/2)). */
    static double chiSquareUpperTail1(double x) {
        return erfc(Math.sqrt(x / 2));
    }

    /** The complementary error function (Numerical Recipes' Chebyshev fit, relative error below 1.2e-7). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double ans = t
                * Math.exp(
                        -z * z
                                - 1.26551223
                                + t
                                        * (1.00002368
                                                + t
                                                        * (0.37409196
                                                                + t
                                                                        * (0.09678418
                                                                                + t
                                                                                        * (-0.18628806
                                                                                                + t
                                                                                                        * (0.27886807
                                                                                                                + t
                                                                                                                        * (-1.13520398
                                                                                                                                + t
                                                                                                                                        * (1.48851587
                                                                                                                                                + t
                                                                                                                                                        * (-0.82215223
                                                                                                                                                                + t
                                                                                                                                                                        * 0.17087277)))))))));
        return x >= 0 ? ans : 2 - ans;
    }

    private static List<Observation> sorted(List<Observation> observations) {
        return observations.stream()
                .sorted(Comparator.comparingDouble(Observation::time))
                .toList();
    }
}

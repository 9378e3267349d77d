package org.dissentgraph.criticism;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * A person's fate from their first recorded criticism on (docs/consequences.md, rule 3).
 *
 * <p>The final fate, derived from the data, in this order:
 * <ol>
 *   <li>{@code EXECUTED}: an applied EXECUTION penalty;</li>
 *   <li>a death date and an arrest with no later sign of liberty (a later exile, deportation,
 *       assignment abroad, transfer, readmission or rehabilitation) within {@value #CUSTODY_YEARS}
 *       years before death: {@code DIED_IN_CUSTODY};</li>
 *   <li>a death date and such an arrest more than {@value #CUSTODY_YEARS} years before it:
 *       {@code UNKNOWN} (the record is silent on the years between);</li>
 *   <li>a death date otherwise: {@code DIED_AT_LIBERTY};</li>
 *   <li>no death date and such an arrest: {@code UNKNOWN} (no release and no death recorded);</li>
 *   <li>no death date otherwise: {@code ALIVE_AT_END_OF_RECORD}.</li>
 * </ol>
 */
final class Fates {

    static final int CUSTODY_YEARS = 10;

    /**
     * Penalty kinds from gravest to lightest: what it took from the person — life, liberty, country,
     * home, party, office, place of work, standing. A small table keyed by kind name; a kind not
     * listed ranks below all listed ones.
     */
    static final List<String> SEVERITY = List.of(
            "EXECUTION",
            "ARREST",
            "DEPORTATION",
            "EXILE",
            "EXPULSION",
            "REDUCTION_TO_CANDIDATE",
            "REMOVAL_FROM_POST",
            "TRANSFER_CITY",
            "ASSIGNMENT_ABROAD",
            "TRANSFER_JOB",
            "REPRIMAND");

    /** Kinds that show the person was out of prison after an arrest. */
    static final List<String> LIBERTY = List.of(
            "EXILE",
            "DEPORTATION",
            "ASSIGNMENT_ABROAD",
            "TRANSFER_JOB",
            "TRANSFER_CITY",
            "READMISSION",
            "REHABILITATION");

    private Fates() {}

    static int severity(String kind) {
        int i = SEVERITY.indexOf(kind);
        return i < 0 ? SEVERITY.size() : i;
    }

    /** The day a penalty sorts by: its earliest, or for an open start its latest. */
    static LocalDate day(PenaltyFact p) {
        if (p.when() == null) {
            return null;
        }
        return p.when().earliest() != null ? p.when().earliest() : p.when().latest();
    }

    private static final Comparator<PenaltyFact> BY_DATE = Comparator.comparing(
                    Fates::day, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PenaltyFact::id);

    /**
     * @param person the person, with {@code died} their death date if recorded
     * @param firstCriticism the person's earliest criticism, or null
     * @param penalties the person's penalties (others' are ignored)
     */
    static Fate of(Ref person, When died, Criticism firstCriticism, List<PenaltyFact> penalties) {
        Dating.Range since = firstCriticism == null || firstCriticism.when() == null
                ? new Dating.Range(null, null)
                : new Dating.Range(
                        firstCriticism.when().earliest(), firstCriticism.when().latest());
        List<PenaltyFact> own = penalties.stream()
                .filter(p -> p.person() != null && p.person().id().equals(person.id()))
                .sorted(BY_DATE)
                .toList();
        List<PenaltyFact> later = new ArrayList<>();
        List<Consequences.Outcome> applied = new ArrayList<>();
        List<Consequences.Outcome> averted = new ArrayList<>();
        List<Consequences.Outcome> reversals = new ArrayList<>();
        Map<String, Consequences.Outcome> outcomes = new java.util.HashMap<>();
        for (PenaltyFact p : own) {
            Dating.Order order = Dating.order(since, p.range());
            if (order == Dating.Order.BEFORE && !p.reversal()) {
                continue;
            }
            Consequences.Outcome o = ConsequenceRules.outcome(
                    p,
                    null,
                    order == Dating.Order.BEFORE ? Dating.Order.UNCERTAIN : order,
                    lagFrom(since, p),
                    null,
                    false);
            if (p.reversal()) {
                if (order != Dating.Order.BEFORE) {
                    reversals.add(o);
                }
            } else if (!p.applied()) {
                averted.add(o);
            } else {
                applied.add(o);
                later.add(p);
                outcomes.put(p.id(), o);
            }
        }
        List<PenaltyFact> counted =
                later.stream().filter(p -> p.variantOf() == null).toList();
        PenaltyFact first = counted.stream().min(BY_DATE).orElse(null);
        PenaltyFact gravest = counted.stream()
                .min(Comparator.comparingInt((PenaltyFact p) -> severity(p.kind()))
                        .thenComparing(BY_DATE))
                .orElse(null);
        Fate.FinalFate fate = finalFate(person, died, own);
        return new Fate(
                person,
                died,
                firstCriticism == null
                        ? null
                        : new Fate.Since(firstCriticism.id(), firstCriticism.when(), firstCriticism.summary()),
                died != null ? "DEATH" : "END_OF_RECORD",
                applied,
                averted,
                reversals,
                first == null ? null : outcomes.get(first.id()),
                gravest == null ? null : outcomes.get(gravest.id()),
                SEVERITY,
                fate);
    }

    private static Consequences.Lag lagFrom(Dating.Range since, PenaltyFact p) {
        return since.earliest() == null && since.latest() == null ? null : Dating.lag(since, p.range());
    }

    /** The final fate from all of the person's penalties (before or after the first criticism alike). */
    static Fate.FinalFate finalFate(Ref person, When died, List<PenaltyFact> own) {
        List<PenaltyFact> applied =
                own.stream().filter(PenaltyFact::applied).sorted(BY_DATE).toList();
        PenaltyFact execution = applied.stream()
                .filter(p -> "EXECUTION".equals(p.kind()))
                .filter(p -> p.variantOf() == null)
                .findFirst()
                .or(() -> applied.stream()
                        .filter(p -> "EXECUTION".equals(p.kind()))
                        .findFirst())
                .orElse(null);
        if (execution != null) {
            return new Fate.FinalFate(
                    "EXECUTED",
                    person.name() + " was executed (" + dated(execution) + "): " + execution.summary(),
                    List.of(execution.id()));
        }
        PenaltyFact arrest = null;
        for (PenaltyFact p : applied) {
            if ("ARREST".equals(p.kind())) {
                arrest = p;
            } else if (arrest != null && LIBERTY.contains(p.kind()) && !isBefore(p, arrest)) {
                arrest = null;
            }
        }
        if (died != null) {
            LocalDate death = died.latest() != null ? died.latest() : died.earliest();
            if (arrest != null) {
                LocalDate arrested = day(arrest);
                if (arrested != null
                        && death != null
                        && !arrested.plusYears(CUSTODY_YEARS).isBefore(death)) {
                    return new Fate.FinalFate(
                            "DIED_IN_CUSTODY",
                            person.name() + " died (" + died.edtf() + ") after an arrest (" + dated(arrest)
                                    + ") from which no release is recorded.",
                            List.of(arrest.id(), person.id()));
                }
                return new Fate.FinalFate(
                        "UNKNOWN",
                        "The record ends with an arrest (" + dated(arrest) + ") and says nothing of the years until "
                                + person.name() + "'s death (" + died.edtf()
                                + "): whether in custody or at liberty is not known.",
                        List.of(arrest.id(), person.id()));
            }
            return new Fate.FinalFate(
                    "DIED_AT_LIBERTY",
                    person.name() + " died (" + died.edtf()
                            + ") with no execution recorded and not in recorded custody.",
                    List.of(person.id()));
        }
        if (arrest != null) {
            return new Fate.FinalFate(
                    "UNKNOWN",
                    person.name() + " was arrested (" + dated(arrest) + "); neither a release nor a death is recorded.",
                    List.of(arrest.id()));
        }
        return new Fate.FinalFate(
                "ALIVE_AT_END_OF_RECORD",
                "No death, execution or unreleased arrest is recorded for " + person.name() + ".",
                List.of());
    }

    private static boolean isBefore(PenaltyFact a, PenaltyFact b) {
        return BY_DATE.compare(a, b) < 0;
    }

    private static String dated(PenaltyFact p) {
        return p.when() == null || p.when().edtf() == null
                ? "undated"
                : p.when().edtf();
    }
}

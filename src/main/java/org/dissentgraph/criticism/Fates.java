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
 *   <li>an applied row of a kind in {@link FinalFates#DEATHS}: {@code EXECUTED} for an execution,
 *       {@code DIED_IN_CUSTODY} for a death in custody — only a row that says so;</li>
 *   <li>a death date and an arrest with no later sign of liberty (a later exile, deportation,
 *       assignment abroad, transfer, readmission or rehabilitation): {@code UNKNOWN}, saying that
 *       the record does not say how the death came;</li>
 *   <li>a death date otherwise: {@code DIED_AT_LIBERTY};</li>
 *   <li>no death date and such an arrest: {@code UNKNOWN} (no release and no death recorded);</li>
 *   <li>no death date otherwise: {@code ALIVE_AT_END_OF_RECORD}.</li>
 * </ol>
 */
final class Fates {

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
        FinalFates.Outcome fate = finalFate(person, died, own);
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
    static FinalFates.Outcome finalFate(Ref person, When died, List<PenaltyFact> own) {
        List<PenaltyFact> applied =
                own.stream().filter(PenaltyFact::applied).sorted(BY_DATE).toList();
        for (FinalFates.Death death : FinalFates.DEATHS) {
            PenaltyFact row = applied.stream()
                    .filter(p -> death.kind().equals(p.kind()))
                    .filter(p -> p.variantOf() == null)
                    .findFirst()
                    .or(() -> applied.stream()
                            .filter(p -> death.kind().equals(p.kind()))
                            .findFirst())
                    .orElse(null);
            if (row != null) {
                String what = death.outcome().equals("EXECUTED") ? " was executed (" : " died in custody (";
                return new FinalFates.Outcome(
                        death.outcome(), person.name() + what + dated(row) + "): " + row.summary(), List.of(row.id()));
            }
        }
        PenaltyFact custody = openCustody(applied);
        if (died != null) {
            if (custody != null) {
                return new FinalFates.Outcome(
                        "UNKNOWN",
                        person.name() + " was arrested (" + dated(custody) + ") and died (" + died.edtf()
                                + "); the record has no release and does not say how the death came (execution,"
                                + " death in custody or at liberty), so the final fate is not known.",
                        List.of(custody.id(), person.id()));
            }
            if (unexplainedYears(died) && !deportedBefore(applied, died)) {
                return new FinalFates.Outcome(
                        "UNKNOWN",
                        person.name() + " died (" + died.edtf() + "), in 1936–1941; the record has no arrest,"
                                + " sentence, execution or death in custody and does not say how the death came, so"
                                + " the final fate is not known (a death of those years the record does not explain"
                                + " is not taken for a death at liberty).",
                        List.of(person.id()));
            }
            return new FinalFates.Outcome(
                    "DIED_AT_LIBERTY",
                    person.name() + " died (" + died.edtf()
                            + "); no execution or death in custody is recorded, and no arrest was open at the death.",
                    List.of(person.id()));
        }
        if (custody != null) {
            return new FinalFates.Outcome(
                    "UNKNOWN",
                    person.name() + " was arrested (" + dated(custody)
                            + "); neither a release nor a death is recorded.",
                    List.of(custody.id()));
        }
        return new FinalFates.Outcome(
                "ALIVE_AT_END_OF_RECORD",
                "No death, execution or unreleased arrest is recorded for " + person.name() + ".",
                List.of());
    }

    /** Whether the death may fall within {@link FinalFates#UNEXPLAINED_FROM}–{@link FinalFates#UNEXPLAINED_TO}. */
    private static boolean unexplainedYears(When died) {
        return (died.latest() == null || !died.latest().isBefore(FinalFates.UNEXPLAINED_FROM))
                && (died.earliest() == null || !died.earliest().isAfter(FinalFates.UNEXPLAINED_TO));
    }

    /** Whether an applied deportation from the country certainly came before the death. */
    private static boolean deportedBefore(List<PenaltyFact> applied, When died) {
        return applied.stream()
                .filter(p -> FinalFates.ABROAD.contains(p.kind()))
                .anyMatch(p -> p.range().latest() != null
                        && died.earliest() != null
                        && !p.range().latest().isAfter(died.earliest()));
    }

    /** The last custody (an arrest) with no later sign of liberty, or null. */
    private static PenaltyFact openCustody(List<PenaltyFact> appliedByDate) {
        PenaltyFact custody = null;
        for (PenaltyFact p : appliedByDate) {
            if (FinalFates.CUSTODY.contains(p.kind())) {
                custody = p;
            } else if (custody != null && LIBERTY.contains(p.kind()) && !isBefore(p, custody)) {
                custody = null;
            }
        }
        return custody;
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

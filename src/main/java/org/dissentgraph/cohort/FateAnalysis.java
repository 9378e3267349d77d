package org.dissentgraph.cohort;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dissentgraph.cohort.CohortFates.End;
import org.dissentgraph.cohort.CohortFates.KindFates;
import org.dissentgraph.cohort.CohortFates.Lag;
import org.dissentgraph.cohort.CohortFates.MemberFate;
import org.dissentgraph.cohort.CohortFates.Outcome;
import org.dissentgraph.cohort.Survival.Observation;
import org.dissentgraph.cohort.Survival.Status;
import org.dissentgraph.criticism.FinalFates;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * The fates of a cohort's members, one by one and in aggregate, in plain Java (docs/fates.md).
 *
 * <ul>
 *   <li>Events: a member's first applied penalty of each kind not certainly before entry (a second
 *       dating, {@code variantOf}, is never chosen; readmissions and rehabilitations are reversals).</li>
 *   <li>Death ends follow-up: the recorded death date, else an EXECUTION or DEATH_IN_CUSTODY penalty.
 *       For any other kind it is a competing risk ({@code DIED_FIRST}), never plain censoring.</li>
 *   <li>Custody: for ARREST, an execution or death in custody with no arrest recorded before it
 *       is custody, so it counts as the ARREST event at its own date (the latest day the arrest can
 *       have been), with a {@code note} saying so, and not as a competing death.</li>
 *   <li>Without death, follow-up ends at {@code until} or at the end of the record (the person's last
 *       dated fact), whichever comes first ({@code CENSORED}).</li>
 *   <li>Uncertain dates give two times: from the entry's latest day to the event's earliest
 *       ({@code earliest}, the primary curves, the lag's {@code minDays}) and from the entry's
 *       earliest day to the event's latest ({@code latest}, {@code maxDays}).</li>
 * </ul>
 */
final class FateAnalysis {

    static final String PRIMARY_END = "earliest";
    static final double DAYS_PER_MONTH = 365.25 / 12;
    /** Kinds whose applied row is a death (and custody by its date): {@link FinalFates#DEATHS}. */
    static final List<String> DEATHS =
            FinalFates.DEATHS.stream().map(FinalFates.Death::kind).toList();

    private FateAnalysis() {}

    /** A member and the act that puts them in the cohort. */
    record Entry(Ref person, When entry, List<String> evidence) {}

    /** What a member's fate rests on; {@code lastFact} is the last day of any dated fact about the person. */
    record Facts(Ref person, When died, List<FinalFates.Penalty> penalties, LocalDate lastFact) {}

    /** The answer's parts, and the observations behind each curve (for a log-rank test). */
    record Analysis(
            CohortFates.Counts counts,
            List<KindFates> kinds,
            List<MemberFate> members,
            Map<String, List<Observation>> earliest,
            Map<String, List<Observation>> latest) {}

    static boolean reversal(String kind) {
        return kind != null && (kind.equals("READMISSION") || kind.startsWith("REHABILITATION"));
    }

    static Analysis of(List<Entry> entries, Map<String, Facts> facts, List<String> events, LocalDate until) {
        List<MemberFate> members = new ArrayList<>();
        Map<String, Integer> fates = new TreeMap<>();
        for (Entry entry : entries) {
            Facts f = facts.getOrDefault(entry.person().id(), new Facts(entry.person(), null, List.of(), null));
            MemberFate member = member(entry, f, events, until);
            members.add(member);
            fates.merge(member.fate().outcome(), 1, Integer::sum);
        }
        Map<String, List<Observation>> earliest = new LinkedHashMap<>();
        Map<String, List<Observation>> latest = new LinkedHashMap<>();
        List<KindFates> kinds = new ArrayList<>();
        for (int k = 0; k < events.size(); k++) {
            String kind = events.get(k);
            List<Observation> early = new ArrayList<>();
            List<Observation> late = new ArrayList<>();
            Map<Integer, Integer> byYear = new TreeMap<>();
            int[] counts = new int[3];
            for (MemberFate m : members) {
                if (m.outcomes().isEmpty()) {
                    continue;
                }
                Outcome o = m.outcomes().get(k);
                Status status = switch (o.status()) {
                    case "EVENT" -> Status.EVENT;
                    case "DIED_FIRST" -> Status.COMPETING;
                    default -> Status.CENSORED;
                };
                counts[status.ordinal()]++;
                early.add(new Observation(o.monthsEarliest(), status));
                late.add(new Observation(o.monthsLatest(), status));
                if (status == Status.EVENT && year(o.when()) != null) {
                    byYear.merge(year(o.when()), 1, Integer::sum);
                }
            }
            earliest.put(kind, early);
            latest.put(kind, late);
            kinds.add(new KindFates(
                    kind,
                    counts[0],
                    counts[1],
                    counts[2],
                    byYear.entrySet().stream()
                            .map(e -> new CohortFates.YearCount(e.getKey(), e.getValue()))
                            .toList(),
                    curves(early),
                    curves(late)));
        }
        int followed = (int) members.stream().filter(m -> m.end() != null).count();
        return new Analysis(new CohortFates.Counts(members.size(), followed, fates), kinds, members, earliest, latest);
    }

    private static CohortFates.Curves curves(List<Observation> observations) {
        return new CohortFates.Curves(Survival.kaplanMeier(observations), Survival.cumulativeIncidence(observations));
    }

    static MemberFate member(Entry entry, Facts f, List<String> events, LocalDate until) {
        FinalFates.Outcome fate = FinalFates.of(entry.person(), f.died(), f.penalties());
        When e = entry.entry();
        LocalDate e1 = e == null ? null : first(e.earliest(), e.latest());
        LocalDate e2 = e == null ? null : first(e.latest(), e.earliest());
        if (e1 == null) {
            return new MemberFate(
                    entry.person(),
                    e,
                    entry.evidence(),
                    null,
                    List.of(),
                    fate,
                    evidence(entry.evidence(), fate.evidence()),
                    "no entry date is recorded, so the member is not in the curves");
        }
        List<FinalFates.Penalty> applied = f.penalties().stream()
                .filter(p -> "APPLIED".equals(p.outcome()) && !reversal(p.kind()) && p.variantOf() == null)
                .filter(p -> p.when() != null && !certainlyBefore(p.when(), e1))
                .sorted(Comparator.comparing(
                                (FinalFates.Penalty p) -> day(p.when()),
                                Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(FinalFates.Penalty::id))
                .toList();
        End end = end(entry.person(), f, applied, e1, e2, until);
        List<Outcome> outcomes = new ArrayList<>();
        List<String> ids = new ArrayList<>(entry.evidence());
        ids.addAll(end.evidence());
        for (String kind : events) {
            FinalFates.Penalty event = first(applied, kind, until);
            String note = null;
            if (event == null && FinalFates.CUSTODY.contains(kind)) {
                event = applied.stream()
                        .filter(p -> DEATHS.contains(p.kind()))
                        .filter(p -> until == null || !day(p.when()).isAfter(until))
                        .findFirst()
                        .orElse(null);
                if (event != null) {
                    note = "no " + kind + " is recorded; the " + event.kind()
                            + " implies custody, counted at its date, the latest day it can have begun";
                }
            }
            if (event != null) {
                Lag lag = lag(e1, e2, event.when());
                outcomes.add(outcome(kind, "EVENT", event.id(), event.when(), lag, e1, until, note));
                ids.add(event.id());
            } else {
                outcomes.add(outcome(
                        kind,
                        end.reason().equals("DEATH") ? "DIED_FIRST" : "CENSORED",
                        null,
                        null,
                        end.lag(),
                        e1,
                        until,
                        null));
            }
        }
        ids.addAll(fate.evidence());
        return new MemberFate(entry.person(), e, entry.evidence(), end, outcomes, fate, evidence(ids, List.of()), null);
    }

    private static End end(
            Ref person, Facts f, List<FinalFates.Penalty> applied, LocalDate e1, LocalDate e2, LocalDate until) {
        FinalFates.Penalty terminal = applied.stream()
                .filter(p -> DEATHS.contains(p.kind()))
                .findFirst()
                .orElse(null);
        When death = f.died() != null ? f.died() : terminal == null ? null : terminal.when();
        if (death != null && (until == null || !day(death).isAfter(until))) {
            List<String> evidence = new ArrayList<>();
            if (f.died() != null) {
                evidence.add(person.id());
            }
            if (terminal != null) {
                evidence.add(terminal.id());
            }
            return new End("DEATH", death, lag(e1, e2, death), evidence);
        }
        LocalDate record = f.lastFact();
        if (until != null && (death != null || record == null || !record.isBefore(until))) {
            When day = new When(until.toString(), until, until, "day");
            return new End("UNTIL", day, lag(e1, e2, day), List.of());
        }
        LocalDate last = record == null || record.isBefore(e2) ? e2 : record;
        When day = new When(last.toString(), last, last, "day");
        return new End("END_OF_RECORD", day, lag(e1, e2, day), List.of());
    }

    /** The member's first applied penalty of {@code kind} not after {@code until}, or null. */
    private static FinalFates.Penalty first(List<FinalFates.Penalty> applied, String kind, LocalDate until) {
        return applied.stream()
                .filter(p -> kind.equals(p.kind()))
                .filter(p -> until == null || !day(p.when()).isAfter(until))
                .findFirst()
                .orElse(null);
    }

    private static Outcome outcome(
            String kind,
            String status,
            String penaltyId,
            When when,
            Lag lag,
            LocalDate e1,
            LocalDate until,
            String note) {
        long late = lag.maxDays() == null ? lag.minDays() : lag.maxDays();
        long early = lag.minDays();
        if (until != null) {
            long cap = Math.max(0, ChronoUnit.DAYS.between(e1, until));
            late = Math.min(late, cap);
            early = Math.min(early, late);
        }
        return new Outcome(kind, status, penaltyId, when, lag, months(early), months(late), note);
    }

    /** Days from entry to a date range: at least from entry's latest to its earliest (never below 0), at most earliest to latest. */
    static Lag lag(LocalDate e1, LocalDate e2, When w) {
        long min = w.earliest() == null ? 0 : Math.max(0, ChronoUnit.DAYS.between(e2, w.earliest()));
        Long max = w.latest() == null ? null : Math.max(min, ChronoUnit.DAYS.between(e1, w.latest()));
        return new Lag(min, max);
    }

    static double months(long days) {
        return Math.round(days / DAYS_PER_MONTH * 100) / 100.0;
    }

    private static boolean certainlyBefore(When w, LocalDate entryEarliest) {
        return w.latest() != null && w.latest().isBefore(entryEarliest);
    }

    /** The day a date sorts and is compared by: its earliest, or for an open start its latest. */
    static LocalDate day(When w) {
        return first(w.earliest(), w.latest());
    }

    /** The year the source gives: {@code 1921~} is 1921, {@code 1927/1928} 1927, {@code ../1922-03-28} 1922. */
    static Integer year(When w) {
        if (w == null) {
            return null;
        }
        if (w.edtf() != null && w.edtf().matches("^\\d{4}.*")) {
            return Integer.parseInt(w.edtf().substring(0, 4));
        }
        LocalDate d = first(w.latest(), w.earliest());
        return d == null ? null : d.getYear();
    }

    private static LocalDate first(LocalDate a, LocalDate b) {
        return a != null ? a : b;
    }

    private static List<String> evidence(List<String> a, List<String> b) {
        LinkedHashSet<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}

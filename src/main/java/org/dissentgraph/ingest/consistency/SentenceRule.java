package org.dissentgraph.ingest.consistency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.ingest.consistency.Facts.Meeting;
import org.dissentgraph.ingest.consistency.Facts.Penalty;
import org.dissentgraph.ingest.consistency.Facts.Person;
import org.dissentgraph.ingest.consistency.When.Verdict;

/**
 * The penalties decided at one meeting ({@code decided_at}: a congress, a plenum, a trial) are
 * one decision, or one sentence, and share its date: their {@code decision_date} falls within the
 * meeting's {@code date}, and none takes effect before the meeting. The executions of one
 * sentence are carried out on one day as a rule; a different day (its {@code effective_date}, or
 * else the person's {@code died}) is a warning, not an error (none for a row whose {@code status} is
 * {@code disputed}: the data says there that sources disagree), since a reprieve or a later
 * execution is possible.
 */
final class SentenceRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        Map<String, List<Penalty>> executions = new LinkedHashMap<>();
        for (Penalty p : facts.penalties) {
            Meeting meeting = p.decidedAt() == null ? null : facts.meetings.get(p.decidedAt());
            if (meeting == null || meeting.date() == null) {
                continue;
            }
            String at = p.decidedAt() + " (meetings.csv:" + meeting.line() + ", " + meeting.date() + ")";
            When opens = When.start(meeting.date());
            When closes = When.end(meeting.date());
            When decided = When.of(p.decisionDate());
            Verdict outside = worst(When.after(opens, decided), When.after(decided, closes));
            out.add(
                    outside,
                    "penalties.csv",
                    p.line(),
                    "decision_date",
                    "decided at " + at + ", but dated " + p.decisionDate() + ", outside the meeting's dates");
            out.add(
                    When.after(opens, When.of(p.effectiveDate())),
                    "penalties.csv",
                    p.line(),
                    "effective_date",
                    "takes effect (" + p.effectiveDate() + ") before the meeting it was decided at, " + at);
            if (p.kind().equals("EXECUTION") && p.applied()) {
                executions
                        .computeIfAbsent(p.decidedAt(), k -> new ArrayList<>())
                        .add(p);
            }
        }
        executions.forEach((meeting, rows) -> sameDay(facts, meeting, rows, out));
    }

    private record Day(Penalty penalty, When when, String text, String whence) {}

    private static void sameDay(Facts facts, String meeting, List<Penalty> rows, Findings out) {
        List<Day> days = new ArrayList<>();
        for (Penalty p : rows) {
            Person person = facts.persons.get(p.person());
            if (p.effectiveDate() != null) {
                days.add(new Day(p, When.of(p.effectiveDate()), p.effectiveDate(), "effective_date"));
            } else if (person != null) {
                days.add(new Day(p, When.of(person.died()), person.died(), "died, persons.csv:" + person.line()));
            }
        }
        Day reference = mostAgreed(days);
        for (Day day : days) {
            // a row marked disputed says that sources disagree about it: that is the "unless a source says otherwise"
            if (day != reference
                    && !day.penalty().disputed()
                    && When.apart(day.when(), reference.when()).found()) {
                long others = days.stream()
                        .filter(other -> other != day
                                && !When.apart(other.when(), reference.when()).found())
                        .count();
                out.warn(
                        "penalties.csv",
                        day.penalty().line(),
                        "effective_date",
                        day.penalty().person() + "'s execution under the one sentence of " + meeting + " falls on "
                                + day.text() + " (" + day.whence() + "), " + others + " co-defendant(s)' on "
                                + reference.text() + " (penalties.csv:"
                                + reference.penalty().line()
                                + "): the executions of one sentence share a day unless a source says otherwise");
            }
        }
    }

    /** The day most others agree with (the first such, in file order). */
    private static Day mostAgreed(List<Day> days) {
        Day reference = null;
        long best = -1;
        for (Day day : days) {
            long agreeing = days.stream()
                    .filter(other -> !When.apart(day.when(), other.when()).found())
                    .count();
            if (agreeing > best) {
                best = agreeing;
                reference = day;
            }
        }
        return reference;
    }

    private static Verdict worst(Verdict a, Verdict b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }
}

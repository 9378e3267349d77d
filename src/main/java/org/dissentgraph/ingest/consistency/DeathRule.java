package org.dissentgraph.ingest.consistency;

import java.util.Map;
import org.dissentgraph.ingest.consistency.Facts.Act;
import org.dissentgraph.ingest.consistency.Facts.Criticism;
import org.dissentgraph.ingest.consistency.Facts.Document;
import org.dissentgraph.ingest.consistency.Facts.Membership;
import org.dissentgraph.ingest.consistency.Facts.Penalty;
import org.dissentgraph.ingest.consistency.Facts.Person;
import org.dissentgraph.ingest.consistency.When.Verdict;

/**
 * Nothing a person does or receives falls after his or her death ({@code died} in persons.csv):
 * no penalty (decision or effect), criticism made, document written, membership, signature given
 * or accusation brought. Only a reversal (reversals.csv: a readmission, a rehabilitation) may
 * follow a death, and is not checked here. Being criticized or named after death is not checked
 * either: that is legitimate. An execution's or a death in custody's {@code effective_date} is the
 * death date.
 */
final class DeathRule implements Rule {

    /** The kinds whose effective date is the death date, in the words of a message. */
    private static final Map<String, String> DEATHS =
            Map.of("EXECUTION", "execution", "DEATH_IN_CUSTODY", "death in custody");

    @Override
    public void check(Facts facts, Findings out) {
        for (Penalty p : facts.penalties) {
            Person person = facts.persons.get(p.person());
            if (person == null) {
                continue;
            }
            When died = When.of(person.died());
            out.add(
                    When.after(When.of(p.decisionDate()), died),
                    "penalties.csv",
                    p.line(),
                    "decision_date",
                    afterDeath(person, p.decisionDate(), "penalty"));
            if (DEATHS.containsKey(p.kind()) && p.applied()) {
                String what = DEATHS.get(p.kind());
                out.add(
                        When.apart(When.of(p.effectiveDate()), died),
                        "penalties.csv",
                        p.line(),
                        "effective_date",
                        "the " + what + " (" + p.effectiveDate() + ") is not on the day " + p.person() + " died ("
                                + person.died() + ", persons.csv:" + person.line()
                                + "): the date of " + (what.startsWith("e") ? "an " : "a ") + what
                                + " is the death date");
            } else {
                out.add(
                        When.after(When.of(p.effectiveDate()), died),
                        "penalties.csv",
                        p.line(),
                        "effective_date",
                        afterDeath(person, p.effectiveDate(), "penalty"));
            }
        }
        for (Criticism c : facts.criticisms.values()) {
            for (String critic : c.critics()) {
                Person person = facts.persons.get(critic);
                if (person != null) {
                    out.add(
                            When.after(When.of(c.date()), When.of(person.died())),
                            "criticisms.csv",
                            c.line(),
                            "date",
                            afterDeath(person, c.date(), "criticism by " + critic));
                }
            }
        }
        for (Document d : facts.documents) {
            for (String author : d.authors()) {
                Person person = facts.persons.get(author);
                if (person != null) {
                    out.add(
                            When.after(When.of(d.date()), When.of(person.died())),
                            "documents.csv",
                            d.line(),
                            "date",
                            afterDeath(person, d.date(), "document by " + author));
                }
            }
        }
        for (Act a : facts.acts) {
            Person person = facts.persons.get(a.person());
            if (person != null) {
                out.add(
                        When.after(When.of(a.date()), When.of(person.died())),
                        a.file(),
                        a.line(),
                        "date",
                        afterDeath(person, a.date(), a.what() + " by " + a.person()));
            }
        }
        for (Membership m : facts.memberships) {
            Person person = facts.persons.get(m.person());
            if (person == null) {
                continue;
            }
            When died = When.of(person.died());
            Verdict starts = When.after(When.start(m.date()), died);
            out.add(
                    starts.found() ? starts : When.after(When.end(m.date()), died),
                    "memberships.csv",
                    m.line(),
                    "date",
                    afterDeath(
                            person,
                            m.date(),
                            "membership of " + m.group() + (starts.found() ? " (its start)" : " (its end)")));
        }
    }

    private static String afterDeath(Person person, String date, String what) {
        return "the " + what + " (" + date + ") falls after the death of " + person.id() + " (" + person.died()
                + ", persons.csv:" + person.line()
                + "); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death";
    }
}

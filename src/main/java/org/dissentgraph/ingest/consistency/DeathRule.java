package org.dissentgraph.ingest.consistency;

import org.dissentgraph.ingest.consistency.Facts.Criticism;
import org.dissentgraph.ingest.consistency.Facts.Document;
import org.dissentgraph.ingest.consistency.Facts.Membership;
import org.dissentgraph.ingest.consistency.Facts.Penalty;
import org.dissentgraph.ingest.consistency.Facts.Person;
import org.dissentgraph.ingest.consistency.When.Verdict;

/**
 * Nothing a person does or receives falls after his or her death ({@code died} in persons.csv):
 * no penalty (decision or effect), criticism made, document written, or membership, except the
 * posthumous kind READMISSION (a party rehabilitation restores membership after death). Being
 * criticized or named after death is not checked: that is legitimate. An execution's
 * {@code effective_date} is the death date.
 */
final class DeathRule implements Rule {

    @Override
    public void check(Facts facts, Findings out) {
        for (Penalty p : facts.penalties) {
            Person person = facts.persons.get(p.person());
            if (person == null || p.kind().equals("READMISSION")) {
                continue;
            }
            When died = When.of(person.died());
            out.add(
                    When.after(When.of(p.decisionDate()), died),
                    "penalties.csv",
                    p.line(),
                    "decision_date",
                    afterDeath(person, p.decisionDate(), "penalty"));
            if (p.kind().equals("EXECUTION") && p.applied()) {
                out.add(
                        When.apart(When.of(p.effectiveDate()), died),
                        "penalties.csv",
                        p.line(),
                        "effective_date",
                        "the execution (" + p.effectiveDate() + ") is not on the day " + p.person() + " died ("
                                + person.died() + ", persons.csv:" + person.line()
                                + "): an execution's date is the death date");
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
                + "); only a READMISSION (a posthumous rehabilitation) may follow a death";
    }
}

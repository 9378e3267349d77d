package org.dissentgraph.ingest.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each consistency rule on a few rows in memory, including dates known only to the year or marked ~ and ?. */
class ConsistencyRulesTest {

    private final ConsistencyRules rules = new ConsistencyRules();
    private final Map<String, Long> lines = new HashMap<>();

    /** Adds a row of {@code file}: cells as "column=value"; lines count from 2 per file. */
    private ConsistencyRulesTest row(String file, String... cells) {
        Map<String, String> row = new HashMap<>();
        for (String cell : cells) {
            int eq = cell.indexOf('=');
            row.put(cell.substring(0, eq), cell.substring(eq + 1));
        }
        long line = lines.merge(file, 1L, Long::sum) + 1;
        rules.add(file, line, row::get);
        return this;
    }

    private ConsistencyRulesTest organs() {
        return row("organs.csv", "id=party", "kind=party", "active=1917/..")
                .row("organs.csv", "id=cc", "kind=committee", "parent=party", "active=1917/..")
                .row("organs.csv", "id=pb", "kind=bureau", "parent=cc", "active=1919-03/..")
                .row("organs.csv", "id=paper", "kind=editorial");
    }

    private ConsistencyRulesTest penalty(String id, String kind, String date, String... more) {
        String[] cells = new String[4 + more.length];
        cells[0] = "id=" + id;
        cells[1] = "person=a";
        cells[2] = "kind=" + kind;
        cells[3] = "outcome=APPLIED";
        System.arraycopy(more, 0, cells, 4, more.length);
        List<String> all = new java.util.ArrayList<>(List.of(cells));
        if (date != null) {
            all.add("decision_date=" + date);
        }
        return row("penalties.csv", all.toArray(String[]::new));
    }

    private List<String> errors() {
        return rules.check().stream()
                .filter(Finding::error)
                .map(ConsistencyRulesTest::text)
                .toList();
    }

    private List<String> warnings() {
        return rules.check().stream()
                .filter(f -> !f.error())
                .map(ConsistencyRulesTest::text)
                .toList();
    }

    private static String text(Finding f) {
        return f.file() + ":" + f.line() + " [" + f.column() + "]: " + f.message();
    }

    // ---- expulsions ----

    @Test
    void a_second_expulsion_from_the_party_without_a_readmission_between_is_an_error() {
        organs().penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                .penalty("e2", "EXPULSION", "1932-10", "from=party");
        assertThat(errors())
                .containsExactly(
                        "penalties.csv:3 [from]: a is expelled from party again on 1932-10: already expelled from party"
                                + " at penalties.csv:2 (1927-12-18), with no readmission (reversals.csv) between");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void a_readmission_between_two_expulsions_makes_them_a_legitimate_sequence() {
        organs().penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                .row("reversals.csv", "id=r", "person=a", "kind=READMISSION", "date=1928", "reverses=e1")
                .penalty("e2", "EXPULSION", "1932-10", "from=party");
        assertThat(rules.check()).isEmpty();
    }

    @Test
    void a_readmission_counts_only_for_what_it_reverses_and_only_after_it() {
        organs().penalty("p1", "EXPULSION", "1926", "from=paper")
                .penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                // readmitted to the editorial board only, an organ outside the party: still outside the party
                .row("reversals.csv", "id=r1", "person=a", "kind=READMISSION", "date=1928", "reverses=p1")
                .penalty("e2", "EXPULSION", "1932-10", "from=party");
        assertThat(errors())
                .containsExactly("penalties.csv:4 [from]: a is expelled from party again on 1932-10: already expelled"
                        + " from party at penalties.csv:3 (1927-12-18), with no readmission (reversals.csv) between");
    }

    @Test
    void a_judicial_rehabilitation_does_not_readmit_to_the_party_but_a_party_rehabilitation_does() {
        organs().penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                .row("reversals.csv", "id=j", "person=a", "kind=REHABILITATION_JUDICIAL", "date=1928", "reverses=e1")
                .penalty("e2", "EXPULSION", "1932-10", "from=party")
                .row("reversals.csv", "id=p", "person=a", "kind=REHABILITATION_PARTY", "date=1933", "reverses=e2")
                .penalty("e3", "EXPULSION", "1935", "from=party");
        assertThat(errors())
                .containsExactly("penalties.csv:3 [from]: a is expelled from party again on 1932-10: already expelled"
                        + " from party at penalties.csv:2 (1927-12-18), with no readmission (reversals.csv) between");
    }

    // ---- reversals ----

    @Test
    void a_reversal_of_another_persons_penalty_or_dated_before_it_is_an_error() {
        organs().penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                .row(
                        "penalties.csv",
                        "id=eb",
                        "person=b",
                        "kind=EXPULSION",
                        "outcome=APPLIED",
                        "decision_date=1927-12-18",
                        "from=party")
                .row("reversals.csv", "id=early", "person=a", "kind=READMISSION", "date=1927-06", "reverses=e1")
                .row("reversals.csv", "id=other", "person=a", "kind=READMISSION", "date=1930", "reverses=eb")
                .row("reversals.csv", "id=fine", "person=a", "kind=READMISSION", "date=1927-12", "reverses=e1");
        assertThat(errors())
                .containsExactly(
                        "reversals.csv:2 [date]: the READMISSION (1927-06) precedes the penalty it reverses, e1"
                                + " (penalties.csv:2, 1927-12-18)",
                        "reversals.csv:3 [reverses]: the reversal of a reverses eb (penalties.csv:3), a penalty of b:"
                                + " a reversal undoes its own person's penalties");
    }

    @Test
    void removal_from_the_central_committee_and_then_expulsion_from_the_party_is_legitimate() {
        organs().penalty("cc", "EXPULSION", "1927-10-23", "from=cc")
                .penalty("party", "EXPULSION", "1927-11-14", "from=party");
        assertThat(rules.check()).isEmpty();
    }

    @Test
    void a_party_penalty_or_a_removal_from_an_organ_of_the_party_while_outside_it_is_an_error() {
        organs().penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                .penalty("rep", "REPRIMAND", "1929-04")
                .penalty("pb", "REMOVAL_FROM_POST", "1929-05", "from=pb")
                .penalty("job", "TRANSFER_JOB", "1929-05")
                .penalty("post", "REMOVAL_FROM_POST", "1929-06", "from=paper");
        assertThat(errors())
                .containsExactly(
                        "penalties.csv:3 [kind]: a is given a REPRIMAND (a party penalty) on 1929-04 while outside party:"
                                + " expelled from party at penalties.csv:2 (1927-12-18), with no readmission (reversals.csv) between",
                        "penalties.csv:4 [from]: a is removed from pb on 1929-05 while outside party: expelled from party"
                                + " at penalties.csv:2 (1927-12-18), with no readmission (reversals.csv) between");
    }

    @Test
    void a_variant_of_an_expulsion_is_not_a_second_expulsion_and_a_proposal_is_not_one() {
        organs().penalty("e1", "EXPULSION", "1927-11-14", "from=party")
                .penalty("e1b", "EXPULSION", "1927-11-12", "from=party", "status=disputed", "variant_of=e1")
                .row(
                        "penalties.csv",
                        "id=e0",
                        "person=a",
                        "kind=EXPULSION",
                        "outcome=PROPOSED_NOT_APPLIED",
                        "decision_date=1921-08",
                        "from=party");
        assertThat(rules.check()).isEmpty();
    }

    @Test
    void two_expulsions_at_overlapping_dates_are_a_warning_asking_whether_they_are_one_event() {
        organs().penalty("e1", "EXPULSION", "1927", "from=party").penalty("e2", "EXPULSION", "1927-12", "from=party");
        assertThat(errors()).isEmpty();
        assertThat(warnings())
                .singleElement()
                .asString()
                .startsWith("penalties.csv:3 [from]: a is expelled from party twice");
    }

    @Test
    void an_expulsion_counts_from_when_it_took_effect() {
        organs().penalty("e1", "EXPULSION", "1927-09", "from=party", "effective_date=1927-11-01")
                .penalty("rep", "REPRIMAND", "1927-10");
        assertThat(rules.check()).isEmpty();
    }

    @Test
    void an_uncertain_or_approximate_date_turns_the_error_into_a_warning() {
        organs().penalty("e1", "EXPULSION", "1927-12-18", "from=party")
                .penalty("e2", "EXPULSION", "1932?", "from=party")
                .row("persons.csv", "id=b")
                .row(
                        "penalties.csv",
                        "id=f1",
                        "person=b",
                        "kind=EXPULSION",
                        "outcome=APPLIED",
                        "decision_date=1927-12-18",
                        "from=party")
                .row(
                        "penalties.csv",
                        "id=f2",
                        "person=b",
                        "kind=EXPULSION",
                        "outcome=APPLIED",
                        "decision_date=1927-12-19~",
                        "from=party");
        assertThat(errors()).isEmpty();
        assertThat(warnings())
                .hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("again").endsWith(Findings.POSSIBLY));
    }

    // ---- death ----

    @Test
    void
            a_penalty_criticism_document_membership_signature_or_accusation_after_the_death_is_an_error_but_a_reversal_is_not() {
        organs().row("persons.csv", "id=a", "died=1936-08-25")
                .penalty("late", "ARREST", "1937")
                .penalty("e1", "EXPULSION", "1927", "from=party")
                .row("reversals.csv", "id=r", "person=a", "kind=REHABILITATION_PARTY", "date=1988", "reverses=e1")
                .row("criticisms.csv", "id=c", "critics=a", "targets=cc", "date=1936-09")
                .row("criticisms.csv", "id=c2", "critics=cc", "targets=a", "date=1950")
                .row("documents.csv", "id=d", "authors=a", "date=1940")
                .row("memberships.csv", "person=a", "group=cc", "date=1919/1937")
                .row("signatures.csv", "id=s", "person=a", "document=d", "date=1940")
                .row("accusations.csv", "id=x", "accuser=a", "accused=b", "role=DENOUNCED", "date=1937-01");
        assertThat(errors())
                .containsExactly(
                        "accusations.csv:2 [date]: the accusation (DENOUNCED) of b by a (1937-01) falls after the death"
                                + " of a (1936-08-25, persons.csv:2); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death",
                        "criticisms.csv:2 [date]: the criticism by a (1936-09) falls after the death of a (1936-08-25,"
                                + " persons.csv:2); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death",
                        "documents.csv:2 [date]: the document by a (1940) falls after the death of a (1936-08-25,"
                                + " persons.csv:2); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death",
                        "memberships.csv:2 [date]: the membership of cc (its end) (1919/1937) falls after the death of a"
                                + " (1936-08-25, persons.csv:2); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death",
                        "penalties.csv:2 [decision_date]: the penalty (1937) falls after the death of a (1936-08-25,"
                                + " persons.csv:2); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death",
                        "signatures.csv:2 [date]: the signature on d by a (1940) falls after the death of a (1936-08-25,"
                                + " persons.csv:2); only a reversal (reversals.csv: a readmission or a rehabilitation) may follow a death");
    }

    @Test
    void a_claim_dated_only_to_the_year_of_the_death_is_no_contradiction() {
        organs().row("persons.csv", "id=a", "died=1937-07-03").penalty("arrest", "ARREST", "1937");
        assertThat(rules.check()).isEmpty();
    }

    @Test
    void an_execution_takes_effect_on_the_death_date() {
        organs().row("persons.csv", "id=a", "died=1937-02-01")
                .penalty("x", "EXECUTION", "1937-01-30", "effective_date=1937-01-30")
                .row("persons.csv", "id=b", "died=1937-02")
                .row(
                        "penalties.csv",
                        "id=y",
                        "person=b",
                        "kind=EXECUTION",
                        "outcome=APPLIED",
                        "decision_date=1937-01-30",
                        "effective_date=1937-02-01");
        assertThat(errors())
                .containsExactly("penalties.csv:2 [effective_date]: the execution (1937-01-30) is not on the day a died"
                        + " (1937-02-01, persons.csv:2): the date of an execution is the death date");
    }

    @Test
    void a_death_in_custody_takes_effect_on_the_death_date() {
        organs().row("persons.csv", "id=a", "died=1939-05-21")
                .penalty("x", "DEATH_IN_CUSTODY", null, "effective_date=1939-05-20")
                .row("persons.csv", "id=b", "died=1941-09")
                .row(
                        "penalties.csv",
                        "id=y",
                        "person=b",
                        "kind=DEATH_IN_CUSTODY",
                        "outcome=APPLIED",
                        "effective_date=1941-09-11");
        assertThat(errors())
                .containsExactly(
                        "penalties.csv:2 [effective_date]: the death in custody (1939-05-20) is not on the day a"
                                + " died (1939-05-21, persons.csv:2): the date of a death in custody is the death date");
    }

    // ---- memberships ----

    @Test
    void a_membership_outside_its_organs_existence_is_an_error_and_one_within_is_not() {
        organs().row("memberships.csv", "person=a", "group=pb", "date=1917-10-23/1926-10-23")
                .row("memberships.csv", "person=a", "group=pb", "date=1919-03/1926")
                .row("factions.csv", "id=f", "kind=group", "active=1923/1927")
                .row("memberships.csv", "person=a", "group=f", "date=1926/1928-02");
        assertThat(errors())
                .containsExactly(
                        "memberships.csv:2 [date]: the membership (1917-10-23/1926-10-23) starts before pb exists"
                                + " (organs.csv:4 gives active 1919-03/..)",
                        "memberships.csv:4 [date]: the membership (1926/1928-02) ends after f ceased to exist"
                                + " (factions.csv:2 gives active 1923/1927)");
    }

    @Test
    void a_removal_from_a_post_outside_every_membership_of_it_is_an_error_and_one_at_its_end_is_not() {
        organs().row("memberships.csv", "person=a", "group=paper", "date=1934/1936")
                .row("memberships.csv", "person=a", "group=pb", "date=1924-06-02/1929-11-17")
                .row(
                        "penalties.csv",
                        "id=p",
                        "person=a",
                        "kind=REMOVAL_FROM_POST",
                        "outcome=APPLIED",
                        "effective_date=1937-01",
                        "from=paper")
                .penalty("q", "REMOVAL_FROM_POST", "1929-11-17", "from=pb");
        assertThat(errors())
                .containsExactly(
                        "penalties.csv:2 [from]: removes a from paper on 1937-01, outside every membership of it"
                                + " the rows give: memberships.csv:2 (1934/1936)");
    }

    // ---- sentences ----

    @Test
    void a_penalty_dated_outside_the_meeting_it_was_decided_at_is_an_error() {
        organs().row("meetings.csv", "id=trial", "date=1935-01-15/1935-01-16")
                .penalty("in", "ARREST", "1935-01-16", "decided_at=trial")
                .penalty("out", "ARREST", "1935-01-17", "decided_at=trial")
                .penalty("month", "ARREST", "1935-01", "decided_at=trial");
        assertThat(errors())
                .containsExactly("penalties.csv:3 [decision_date]: decided at trial (meetings.csv:2,"
                        + " 1935-01-15/1935-01-16), but dated 1935-01-17, outside the meeting's dates");
    }

    @Test
    void executions_of_one_sentence_on_different_days_are_a_warning_naming_the_odd_one() {
        organs().row("meetings.csv", "id=trial", "date=1937-01-23/1937-01-30");
        for (String who : List.of("a", "b", "c", "d")) {
            row("persons.csv", "id=" + who, "died=" + (who.equals("a") ? "1937-01-30" : "1937-02-01"));
            row(
                    "penalties.csv",
                    "id=x-" + who,
                    "person=" + who,
                    "kind=EXECUTION",
                    "outcome=APPLIED",
                    "decision_date=1937-01-30",
                    "decided_at=trial",
                    who.equals("a") ? "note=none" : "effective_date=1937-02-01");
        }
        assertThat(errors()).isEmpty();
        assertThat(warnings())
                .containsExactly(
                        "penalties.csv:2 [effective_date]: a's execution under the one sentence of trial falls on"
                                + " 1937-01-30 (died, persons.csv:2), 3 co-defendant(s)' on 1937-02-01 (penalties.csv:3): the"
                                + " executions of one sentence share a day unless a source says otherwise");
    }

    // ---- grounds ----

    @Test
    void a_penalty_before_the_criticism_it_is_for_is_an_error_and_one_on_the_same_day_is_not() {
        organs().row("criticisms.csv", "id=c", "critics=a", "targets=cc", "date=1923-12-27")
                .penalty("early", "REPRIMAND", "1923-12-20", "grounds=c")
                .penalty("same", "REPRIMAND", "1923-12-27", "grounds=c")
                .penalty("month", "REPRIMAND", "1923-12", "grounds=c");
        assertThat(errors())
                .containsExactly("penalties.csv:2 [grounds]: the penalty (1923-12-20) precedes the criticism it is for,"
                        + " c (criticisms.csv:2, 1923-12-27)");
    }

    @Test
    void a_penalty_before_the_signature_it_is_for_is_an_error() {
        organs().row("signatures.csv", "id=s", "person=a", "document=d", "date=1923-10-15")
                .penalty("early", "REPRIMAND", "1923-10-01", "grounds=s")
                .penalty("later", "REPRIMAND", "1924-01", "grounds=s");
        assertThat(errors())
                .containsExactly("penalties.csv:2 [grounds]: the penalty (1923-10-01) precedes the signature it is for,"
                        + " s (signatures.csv:2, 1923-10-15)");
    }

    @Test
    void a_source_nothing_cites_is_a_warning_and_a_citation_a_membership_or_a_copy_cites_one() {
        row("sources.csv", "id=cited-by-a-claim")
                .row("sources.csv", "id=cited-by-a-membership")
                .row("sources.csv", "id=the-original")
                .row("sources.csv", "id=its-copy", "canonical=the-original")
                .row("sources.csv", "id=left-over")
                .row("citations.csv", "claim=a", "source=cited-by-a-claim")
                .row("citations.csv", "claim=b", "source=its-copy")
                .row("memberships.csv", "person=a", "group=cc", "sources=x;cited-by-a-membership");
        assertThat(errors()).isEmpty();
        assertThat(warnings())
                .containsExactly("sources.csv:6 [id]: source left-over is cited by no claim (citations.csv source,"
                        + " memberships.csv sources, or a copy's canonical): cite it or remove the row");
    }
}

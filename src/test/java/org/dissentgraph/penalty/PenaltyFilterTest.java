package org.dissentgraph.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PenaltyFilterTest {

    @Test
    void without_filters_the_statement_has_no_conditions_and_no_parameters_but_the_page() {
        PenaltyFilter filter = new PenaltyFilter(null, null, null, null, null, null);
        assertThat(filter.cypher())
                .startsWith("MATCH (person:`Person`)-[:`RECEIVED`]->(p:`Penalty`) WITH p")
                .doesNotContain("WHERE")
                .contains("$offset")
                .contains("$limit");
        assertThat(filter.parameters()).isEmpty();
    }

    @Test
    void each_filter_adds_its_condition_with_its_value_as_a_parameter() {
        PenaltyFilter filter = new PenaltyFilter(
                List.of("EXPULSION", "ARREST"),
                List.of("APPLIED"),
                LocalDate.of(1922, 1, 1),
                LocalDate.of(1927, 12, 31),
                List.of("workers-opposition"),
                List.of("shlyapnikov-alexander"));
        assertThat(filter.cypher())
                .contains("person.id IN $persons")
                .contains("p.kind IN $kinds")
                .contains("p.outcome IN $outcomes")
                .contains("coalesce(p.latest, p.earliest) >= $from")
                .contains("p.earliest <= $to")
                .contains("EXISTS {")
                .contains("(person)-[:`MEMBER_OF`]->(faction:`Faction`)")
                .contains("faction.id IN $factions")
                .doesNotContain("EXPULSION")
                .doesNotContain("shlyapnikov")
                .doesNotContain("workers-opposition");
        assertThat(filter.parameters()).containsOnlyKeys("kinds", "outcomes", "from", "to", "factions", "persons");
    }
}

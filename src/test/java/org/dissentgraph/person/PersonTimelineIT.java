package org.dissentgraph.person;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class PersonTimelineIT extends ApiTest {

    /** The day an entry is placed at: its earliest day, or for an open start its latest. */
    private static LocalDate day(Map<String, Object> entry) {
        Map<String, Object> when = map(entry, "when");
        return LocalDate.parse((String) (when.get("earliest") != null ? when.get("earliest") : when.get("latest")));
    }

    @Test
    void trotskys_timeline_runs_in_date_order_from_birth_to_death() {
        Api.Answer answer = get("/api/persons/trotsky-leon/timeline");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map("person")).containsEntry("id", "trotsky-leon");
        List<Map<String, Object>> items = answer.list("items");
        assertThat(items).extracting(PersonTimelineIT::day).isSorted();
        assertThat(items.get(0)).containsEntry("kind", "BIRTH");
        assertThat(map(items.get(0), "when")).containsEntry("edtf", "1879-11-07");
        assertThat((String) items.get(0).get("summary")).contains("26 October 1879 O.S.");
        assertThat(items.get(items.size() - 1)).containsEntry("kind", "DEATH");
    }

    @Test
    void trotskys_timeline_holds_his_posts_his_writings_his_criticisms_and_his_penalties_with_sources() {
        List<Map<String, Object>> items =
                get("/api/persons/trotsky-leon/timeline").list("items");
        assertThat(items)
                .extracting(i -> i.get("kind"))
                .contains("MEMBERSHIP", "AUTHORED", "CRITICISM_MADE", "PENALTY");
        Map<String, Object> expulsion = items.stream()
                .filter(i -> "trotsky-expulsion-1927".equals(map(i, "ref").get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(expulsion).containsEntry("kind", "PENALTY").containsEntry("status", "disputed");
        assertThat((List<?>) expulsion.get("citations")).isNotEmpty();
        Map<String, Object> leftOpposition = items.stream()
                .filter(i -> "left-opposition".equals(map(i, "ref").get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(leftOpposition).containsEntry("kind", "MEMBERSHIP").containsEntry("role", "leader");
        assertThat((List<?>) leftOpposition.get("citations")).isNotEmpty();
        items.stream()
                .filter(i -> i.get("kind").equals("CRITICISM_MADE"))
                .forEach(i -> assertThat((List<?>) i.get("related")).isNotEmpty());
    }

    @Test
    void kollontai_received_lenins_criticism_at_the_10th_congress() {
        List<Map<String, Object>> items =
                get("/api/persons/kollontai-alexandra/timeline").list("items");
        Map<String, Object> received = items.stream()
                .filter(i ->
                        "lenin-1921-kollontai-kronstadt".equals(map(i, "ref").get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(received).containsEntry("kind", "CRITICISM_RECEIVED");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> related = (List<Map<String, Object>>) received.get("related");
        assertThat(related).extracting(r -> r.get("id")).contains("lenin-vladimir");
        assertThat(items)
                .filteredOn(i -> "kollontai-expulsion-1922".equals(map(i, "ref").get("id")))
                .extracting(i -> (String) i.get("summary"))
                .singleElement()
                .asString()
                .endsWith("(proposed, not applied)");
    }

    @Test
    void claims_without_a_date_are_kept_apart() {
        Api.Answer answer = get("/api/persons/kossior-vladimir/timeline");
        assertThat(answer.list("undated"))
                .extracting(i -> map(i, "ref").get("id"))
                .contains("trud");
        assertThat(answer.list("undated")).allSatisfy(i -> assertThat(i).doesNotContainKey("when"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-person", "central-committee", "trotsky-expulsion-1927"})
    void an_id_that_is_not_a_persons_is_a_404_problem(String id) {
        Api.Answer answer = get("/api/persons/" + id + "/timeline");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).containsEntry("status", 404).containsEntry("parameter", "id");
    }

    @Test
    void a_malformed_id_is_a_400_problem() {
        Api.Answer answer = get("/api/persons/Trotsky!/timeline");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("parameter", "id");
    }
}

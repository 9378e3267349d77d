package org.dissentgraph.entity;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class EntityIT extends ApiTest {

    @Test
    @SuppressWarnings("unchecked")
    void vladimir_kossior_comes_with_his_typed_properties_his_dates_and_his_citations() {
        Api.Answer answer = get("/api/entities/kossior-vladimir");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body())
                .containsEntry("id", "kossior-vladimir")
                .containsEntry("type", "Person")
                .containsEntry("name", "Vladimir Kossior");
        assertThat(answer.strings("labels")).contains("Person", "Entity");
        Map<String, Object> properties = answer.map("properties");
        assertThat(properties)
                .containsEntry("nameRu", "Владимир Викентьевич Косиор")
                .containsEntry("born", "1891-08-08")
                .containsEntry("bornEarliest", "1891-08-08")
                .containsEntry("confidence", "high")
                .doesNotContainKeys("rowHash", "dataset", "aliasText", "id");
        assertThat((List<Object>) properties.get("aliases")).contains("Kosior");
        assertThat(answer.map("when")).containsEntry("earliest", "1891-08-08").containsEntry("latest", "1938-03-30");
        assertThat(answer.list("citations"))
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsKeys("sourceId", "title", "quote"));
        assertThat(answer.body().toString()).doesNotContain("elementId").doesNotContain("4:");
    }

    @Test
    void a_disputed_claim_shows_its_variant_whichever_side_names_the_other() {
        assertThat(ids(get("/api/entities/trotsky-expulsion-1927").list("variants")))
                .contains("trotsky-expulsion-1927-11-12");
        assertThat(ids(get("/api/entities/trotsky-expulsion-1927-11-12").list("variants")))
                .contains("trotsky-expulsion-1927");
    }

    @Test
    void numbers_stay_numbers_in_the_property_bag() {
        Api.Answer answer = get("/api/entities/congress-11");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.map("properties").get("number"))
                .isInstanceOf(Number.class)
                .isEqualTo(11);
    }

    @Test
    void an_unknown_id_is_a_404_problem_naming_the_id() {
        Api.Answer answer = get("/api/entities/no-such-person");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).containsEntry("status", 404).containsEntry("parameter", "id");
        assertThat((String) answer.body().get("detail")).contains("no-such-person");
    }

    @Test
    void a_hub_pages_its_relationships_with_a_total() {
        Api.Answer first = get("/api/entities/lenin-vladimir/adjacent?limit=2");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.list("items")).hasSize(2);
        long total = ((Number) first.body().get("total")).longValue();
        assertThat(total).isGreaterThan(2);

        Api.Answer second = get("/api/entities/lenin-vladimir/adjacent?limit=2&offset=2");
        assertThat(second.list("items")).isNotEmpty();
        assertThat(ids(second.list("items"))).doesNotContainAnyElementsOf(ids(first.list("items")));

        List<String> all = new ArrayList<>();
        for (int offset = 0; offset < total; offset += 2) {
            all.addAll(ids(get("/api/entities/lenin-vladimir/adjacent?limit=2&offset=" + offset)
                    .list("items")));
        }
        assertThat(all).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(get("/api/entities/lenin-vladimir/adjacent?limit=2&offset=" + total)
                        .list("items"))
                .isEmpty();
    }

    @Test
    void the_central_committee_pages_too() {
        Api.Answer answer = get("/api/entities/central-committee/adjacent?limit=2");
        assertThat(answer.list("items")).hasSize(2);
        assertThat(((Number) answer.body().get("total")).longValue()).isGreaterThan(2);
    }

    @Test
    @SuppressWarnings("unchecked")
    void each_relationship_says_its_direction_the_other_end_and_its_own_properties() {
        List<Map<String, Object>> items = get("/api/entities/trotsky-leon/adjacent?rel=MEMBER_OF&limit=500")
                .list("items");
        Map<String, Object> politburo = items.stream()
                .filter(i -> "politburo".equals(((Map<?, ?>) i.get("other")).get("id")))
                .findFirst()
                .orElseThrow();
        assertThat(politburo)
                .containsEntry("type", "MEMBER_OF")
                .containsEntry("direction", "out")
                .containsEntry("id", "trotsky-leon|MEMBER_OF|politburo|member|1919-03/1926-10-23");
        assertThat((Map<String, Object>) politburo.get("other")).containsEntry("type", "Organ");
        assertThat((Map<String, Object>) politburo.get("properties"))
                .containsEntry("role", "member")
                .containsEntry("date", "1919-03/1926-10-23")
                .doesNotContainKeys("id", "dataset");
        assertThat((Map<String, Object>) politburo.get("when")).containsEntry("latest", "1926-10-23");
    }

    @Test
    void a_membership_cites_the_sources_named_on_its_row_with_its_quote() {
        List<Map<String, Object>> items =
                get("/api/entities/trotsky-leon/adjacent?rel=MEMBER_OF").list("items");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> citations = (List<Map<String, Object>>) items.stream()
                .filter(i -> "politburo".equals(((Map<?, ?>) i.get("other")).get("id")))
                .findFirst()
                .orElseThrow()
                .get("citations");
        assertThat(citations)
                .extracting(c -> c.get("sourceId"))
                .containsExactly("piglix-trotsky", "mia-glossary-politburo");
        assertThat(citations).allSatisfy(c -> assertThat(c).containsKeys("title", "kind", "quote"));
        assertThat((String) citations.get(0).get("quote")).contains("23 October 1926");
    }

    @Test
    void cites_is_left_out_unless_asked_for() {
        Api.Answer all = get("/api/entities/kossior-vladimir/adjacent?limit=500");
        assertThat(all.list("items"))
                .extracting(i -> i.get("type"))
                .doesNotContain("CITES")
                .contains("RECEIVED");
        Api.Answer cites = get("/api/entities/kossior-vladimir/adjacent?rel=CITES&limit=500");
        assertThat(cites.list("items")).isNotEmpty().allSatisfy(i -> {
            assertThat(i).containsEntry("type", "CITES").containsEntry("direction", "out");
            assertThat((List<?>) i.get("citations")).hasSize(1);
        });
    }

    @Test
    void rel_takes_several_types_in_any_case() {
        Api.Answer answer = get("/api/entities/kollontai-alexandra/adjacent?rel=received,%20CRITICIZED&limit=500");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list("items")).extracting(i -> i.get("type")).containsOnly("RECEIVED", "CRITICIZED");
        Api.Answer repeated = get("/api/entities/kollontai-alexandra/adjacent?rel=received&rel=CRITICIZED&limit=500");
        assertThat(repeated.body()).isEqualTo(answer.body());
        assertThat(answer.list("items"))
                .filteredOn(i -> "CRITICIZED".equals(i.get("type")))
                .isNotEmpty()
                .allSatisfy(i -> assertThat((List<?>) i.get("citations")).isNotEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource({
        "/api/entities/lenin-vladimir/adjacent?limit=0, 400, limit",
        "/api/entities/lenin-vladimir/adjacent?limit=501, 400, limit",
        "/api/entities/lenin-vladimir/adjacent?offset=-1, 400, offset",
        "/api/entities/lenin-vladimir/adjacent?limit=many, 400, limit",
        "/api/entities/lenin-vladimir/adjacent?rel=LOVED, 400, rel",
        "/api/entities/no-such-node/adjacent, 404, id",
        "/api/entities/Not%20An%20Id, 400, id"
    })
    void bad_input_is_a_problem_naming_the_parameter(String uri, int status, String parameter) {
        Api.Answer answer = get(uri);
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).containsEntry("status", status).containsEntry("parameter", parameter);
    }

    @Test
    void an_unknown_relationship_type_is_refused_listing_the_known_ones() {
        Api.Answer answer = get("/api/entities/lenin-vladimir/adjacent?rel=MEMBER_OF,LOVED");
        assertThat(answer.strings("accepted")).contains("MEMBER_OF", "CITES", "CRITICIZED", "VARIANT_OF");
        assertThat((String) answer.body().get("detail")).contains("LOVED");
    }
}

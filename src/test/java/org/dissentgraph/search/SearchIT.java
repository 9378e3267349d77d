package org.dissentgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class SearchIT extends ApiTest {

    private Api.Answer search(String query) {
        return get("/api/search?" + query);
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> ids(Api.Answer answer) {
        return ids(answer.list("items"));
    }

    @Test
    void kosior_finds_vladimir_kossior_through_his_alias_and_his_brother_stanislav_as_a_different_person() {
        Api.Answer answer = search(q("Kosior"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer)).contains("kossior-vladimir", "kosior-stanislav");
        Map<String, Object> vladimir = answer.list("items").stream()
                .filter(h -> h.get("id").equals("kossior-vladimir"))
                .findFirst()
                .orElseThrow();
        assertThat(vladimir)
                .containsEntry("type", "Person")
                .containsEntry("name", "Vladimir Kossior")
                .containsKey("score");
    }

    @Test
    void the_cyrillic_surname_finds_kollontai_by_her_russian_name() {
        Api.Answer answer = search(q("Коллонтай"));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer)).first().isEqualTo("kollontai-alexandra");
    }

    @Test
    void a_spelling_variant_not_in_the_aliases_is_found_by_the_fuzzy_pass() {
        Api.Answer answer = search(q("Trotskiy") + "&type=Person");
        assertThat(ids(answer)).contains("trotsky-leon");
        assertThat(answer.list("items"))
                .filteredOn(h -> h.get("id").equals("trotsky-leon"))
                .extracting(h -> h.get("match"))
                .containsExactly("fuzzy");
    }

    /** Actors 0, events and claims 1, sources 2: the ranking the search promises. */
    private static int tier(Map<String, Object> hit) {
        return switch ((String) hit.get("type")) {
            case "Source" -> 2;
            case "Criticism", "Penalty", "Purge", "Rule", "Statement" -> 1;
            default -> 0;
        };
    }

    @Test
    void exact_matches_rank_before_fuzzy_ones_and_each_group_is_ordered_by_tier_then_score() {
        List<Map<String, Object>> hits = search(q("Kossior") + "&limit=100").list("items");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).get("match")).isEqualTo("exact");
        int firstFuzzy = hits.stream().map(h -> h.get("match")).toList().indexOf("fuzzy");
        List<Map<String, Object>> exact = firstFuzzy < 0 ? hits : hits.subList(0, firstFuzzy);
        assertThat(exact)
                .isSortedAccordingTo((a, b) -> tier(a) != tier(b)
                        ? Integer.compare(tier(a), tier(b))
                        : Double.compare(
                                ((Number) b.get("score")).doubleValue(), ((Number) a.get("score")).doubleValue()));
        assertThat(exact).allSatisfy(h -> assertThat(h.get("match")).isEqualTo("exact"));
    }

    @Test
    void vyshinsky_opens_the_person_not_a_source_that_names_him() {
        List<Map<String, Object>> hits = search(q("Vyshinsky")).list("items");
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0)).containsEntry("type", "Person");
        assertThat((String) hits.get(0).get("name")).contains("Vyshinsky");
    }

    @Test
    void zinovyev_the_person_comes_first() {
        assertThat(ids(search(q("Zinovyev")))).first().isEqualTo("zinoviev-grigory");
    }

    @Test
    void actors_rank_above_sources_for_every_query_of_the_fixtures() {
        for (String text : List.of("Trotsky", "Kamenev", "Bukharin", "Shlyapnikov", "Kollontai", "Stalin")) {
            List<Map<String, Object>> hits = search(q(text) + "&limit=100").list("items");
            List<Map<String, Object>> exact =
                    hits.stream().filter(h -> "exact".equals(h.get("match"))).toList();
            assertThat(exact).as(text).isSortedAccordingTo((a, b) -> Integer.compare(tier(a), tier(b)));
        }
    }

    @Test
    void type_accepts_every_type_a_hit_can_have_and_meeting_for_all_meetings() {
        assertThat(search(q("trial") + "&type=Session").status()).isEqualTo(200);
        Api.Answer meetings = search(q("plenum") + "&type=Meeting&limit=100");
        assertThat(meetings.status()).isEqualTo(200);
        assertThat(meetings.list("items"))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("type")).isIn("Congress", "Plenum", "Session"));
        Api.Answer several = search(q("Trotsky") + "&type=Person&type=Document,Criticism&limit=100");
        assertThat(several.list("items"))
                .isNotEmpty()
                .allSatisfy(h -> assertThat(h.get("type")).isIn("Person", "Document", "Criticism"));
    }

    @Test
    void hits_page_with_a_total_in_the_shared_envelope() {
        Api.Answer first = search(q("Trotsky") + "&limit=3");
        long total = ((Number) first.body().get("total")).longValue();
        assertThat(total).isGreaterThan(3);
        assertThat(first.body()).containsEntry("limit", 3).containsEntry("offset", 0);
        Api.Answer second = search(q("Trotsky") + "&limit=3&offset=3");
        assertThat(ids(second)).hasSize(3).doesNotContainAnyElementsOf(ids(first));
        assertThat(ids(search(q("Trotsky") + "&limit=100&offset=" + total))).isEmpty();
    }

    @Test
    void document_titles_are_searched_and_type_narrows_to_one_main_label() {
        Api.Answer answer = search(q("Party Unity") + "&type=Document");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(ids(answer)).contains("on-party-unity");
        assertThat(answer.list("items"))
                .allSatisfy(h -> assertThat(h.get("type")).isEqualTo("Document"));
    }

    @Test
    void quotes_are_searched() {
        assertThat(ids(search(q("authoritarian militaristic")))).contains("kossior-1922-congress-11");
    }

    @Test
    void limit_caps_the_number_of_hits() {
        assertThat(search(q("Trotsky") + "&limit=2").list("items")).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "x'}) DETACH DELETE n //",
                "AND OR (",
                "\"",
                "name:*",
                "~",
                "a && b || !c",
                "[1 TO 2]",
                "\\",
                "((("
            })
    void lucene_and_cypher_syntax_in_the_query_is_searched_for_as_text_and_never_fails(String text) {
        Api.Answer answer = search(q(text));
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsKeys("total", "limit", "offset", "items");
    }

    @Test
    void a_missing_or_blank_query_is_refused_naming_q() {
        for (String query : List.of("", "q=", "q=%20%20")) {
            Api.Answer answer = search(query);
            assertThat(answer.status()).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.body()).containsEntry("parameter", "q").containsEntry("status", 400);
        }
    }

    @Test
    void an_unknown_type_is_refused_listing_the_types() {
        Api.Answer answer = search(q("Trotsky") + "&type=Banana");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("parameter", "type");
        assertThat(answer.strings("accepted")).contains("Person", "Congress", "Plenum", "Session", "Meeting", "Source");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1"})
    void a_limit_outside_1_to_100_is_refused(String limit) {
        Api.Answer answer = search(q("Trotsky") + "&limit=" + limit);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("parameter", "limit");
        assertThat(answer.strings("accepted")).containsExactly("1..100");
    }

    @Test
    void a_query_longer_than_200_characters_is_refused() {
        Api.Answer answer = search(q("a".repeat(201)));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsEntry("parameter", "q");
    }
}

package org.dissentgraph.penalty;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class PenaltyIT extends ApiTest {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> refs(Map<String, Object> m, String key) {
        return (List<Map<String, Object>>) m.get(key);
    }

    @Test
    void expulsions_include_trotskys_expulsion_from_the_party_in_november_1927() {
        Api.Answer answer = get("/api/penalties?kind=EXPULSION&limit=500");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list("items")).extracting(i -> i.get("kind")).containsOnly("EXPULSION");
        Map<String, Object> trotsky = answer.list("items").stream()
                .filter(i -> i.get("id").equals("trotsky-expulsion-1927"))
                .findFirst()
                .orElseThrow();
        assertThat(map(trotsky, "person")).containsEntry("id", "trotsky-leon").containsEntry("type", "Person");
        assertThat(trotsky).containsEntry("outcome", "APPLIED");
        assertThat(map(trotsky, "decided")).containsEntry("edtf", "1927-11-14");
        assertThat(map(trotsky, "when")).containsEntry("earliest", "1927-11-14");
        assertThat(map(trotsky, "from")).containsEntry("id", "rcp-b");
        assertThat(map(trotsky, "decidedAt")).containsEntry("id", "session-cc-ccc-1927-11-14");
        assertThat(ids(refs(trotsky, "imposedBy"))).contains("central-committee", "central-control-commission");
        assertThat(ids(refs(trotsky, "variants"))).contains("trotsky-expulsion-1927-11-12");
        assertThat((List<?>) trotsky.get("citations")).isNotEmpty();
    }

    @Test
    void a_transfer_abroad_names_its_destination_and_its_date_of_effect() {
        Map<String, Object> kollontai = get("/api/penalties?kind=ASSIGNMENT_ABROAD&limit=500").list("items").stream()
                .filter(i -> i.get("id").equals("kollontai-assignment-abroad-1922"))
                .findFirst()
                .orElseThrow();
        assertThat(map(kollontai, "to")).containsEntry("id", "norway");
        assertThat(map(kollontai, "effective")).containsEntry("edtf", "1922-10");
        assertThat(kollontai).doesNotContainKey("decided");
    }

    @Test
    void penalties_come_in_date_order_and_page_with_a_total() {
        // two pages of at most 500 (the limit's bound) make the whole list
        Api.Answer first = get("/api/penalties?limit=500");
        long total = ((Number) first.body().get("total")).longValue();
        List<Map<String, Object>> items = new java.util.ArrayList<>(first.list("items"));
        items.addAll(get("/api/penalties?limit=500&offset=500").list("items"));
        assertThat(items).hasSize((int) total);
        // open-started dates ("../1922-03-28": on or before) have no earliest day and sort last
        List<LocalDate> earliest = items.stream()
                .map(i -> (String) map(i, "when").get("earliest"))
                .map(d -> d == null ? LocalDate.MAX : LocalDate.parse(d))
                .toList();
        assertThat(earliest).isSorted();
        Api.Answer page = get("/api/penalties?limit=3&offset=3");
        assertThat(((Number) page.body().get("total")).longValue()).isEqualTo(total);
        assertThat(ids(page.list("items"))).isEqualTo(ids(items).subList(3, 6));
    }

    @Test
    void from_and_to_keep_penalties_whose_dates_overlap_the_range() {
        Api.Answer answer = get("/api/penalties?from=1927-11&to=1927&limit=500");
        assertThat(ids(answer.list("items")))
                .contains("trotsky-expulsion-1927", "kamenev-expulsion-1927")
                .doesNotContain("trotsky-expulsion-cc-1927", "trotsky-exile-1928");
        assertThat(answer.list("items")).allSatisfy(i -> {
            assertThat(LocalDate.parse((String) map(i, "when").get("latest")))
                    .isAfterOrEqualTo(LocalDate.of(1927, 11, 1));
            assertThat(LocalDate.parse((String) map(i, "when").get("earliest")))
                    .isBeforeOrEqualTo(LocalDate.of(1927, 12, 31));
        });
    }

    @Test
    void a_faction_keeps_penalties_of_persons_who_belonged_to_it() {
        List<String> ids =
                ids(get("/api/penalties?faction=workers-opposition&limit=500").list("items"));
        assertThat(ids)
                .contains("shlyapnikov-expulsion-1933", "kollontai-assignment-abroad-1922")
                .doesNotContain("trotsky-expulsion-1927", "myasnikov-expulsion-1922");
    }

    @Test
    void outcome_separates_penalties_moved_but_not_applied() {
        Api.Answer answer = get("/api/penalties?outcome=PROPOSED_NOT_APPLIED&kind=expulsion");
        assertThat(ids(answer.list("items"))).contains("shlyapnikov-expulsion-1922", "kollontai-expulsion-1922");
        assertThat(answer.list("items")).extracting(i -> i.get("outcome")).containsOnly("PROPOSED_NOT_APPLIED");
    }

    @Test
    void stats_by_kind_count_applied_penalties_only_and_each_disputed_dating_once() {
        Api.Answer stats = get("/api/stats/penalties?by=kind");
        assertThat(stats.status()).isEqualTo(200);
        Map<String, Long> counts = counts(stats);
        long total = ((Number) stats.body().get("total")).longValue();
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(total);

        List<Map<String, Object>> applied =
                get("/api/penalties?kind=EXPULSION&outcome=APPLIED&limit=500").list("items");
        long secondDatings = applied.stream()
                .filter(i -> isVariantOfAnother((String) i.get("id")))
                .count();
        assertThat(secondDatings).isGreaterThanOrEqualTo(1);
        assertThat(counts.get("EXPULSION")).isEqualTo(applied.size() - secondDatings);
        long proposed = ((Number) get("/api/penalties?kind=EXPULSION&outcome=PROPOSED_NOT_APPLIED")
                        .body()
                        .get("total"))
                .longValue();
        long everything = ((Number) get("/api/penalties?kind=EXPULSION").body().get("total")).longValue();
        assertThat(proposed).isGreaterThan(0);
        assertThat(counts.get("EXPULSION")).isLessThanOrEqualTo(everything - proposed);
    }

    private boolean isVariantOfAnother(String id) {
        return get("/api/entities/" + id + "/adjacent?rel=VARIANT_OF").list("items").stream()
                .anyMatch(r -> "out".equals(r.get("direction")));
    }

    private static Map<String, Long> counts(Api.Answer stats) {
        return stats.list("counts").stream()
                .collect(java.util.stream.Collectors.toMap(
                        c -> (String) c.get("key"), c -> ((Number) c.get("count")).longValue()));
    }

    @Test
    void stats_by_year_put_1927_among_the_years_and_are_in_year_order() {
        Api.Answer stats = get("/api/stats/penalties?by=year");
        assertThat(stats.list("counts"))
                .extracting(c -> (String) c.get("key"))
                .isSorted()
                .contains("1927");
        assertThat(counts(stats).get("1927")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void stats_by_faction_count_a_penalty_under_each_faction_of_its_person() {
        Api.Answer stats = get("/api/stats/penalties?by=faction");
        Map<String, Long> counts = counts(stats);
        assertThat(counts).containsKeys("workers-opposition", "united-opposition");
        assertThat(stats.list("counts"))
                .filteredOn(c -> "united-opposition".equals(c.get("key")))
                .extracting(c -> c.get("name"))
                .containsExactly("United Opposition");
    }

    @Test
    void every_grouping_carries_the_same_distinct_total_of_applied_penalties_without_readmissions() throws Exception {
        // from the bundled file itself: applied, not a second dating of another, not a readmission
        long expected;
        try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("import/penalties.csv"));
                var parser = org.apache.commons.csv.CSVFormat.RFC4180
                        .builder()
                        .setHeader()
                        .build()
                        .parse(reader)) {
            expected = parser.stream()
                    .filter(r -> r.get("outcome").equals("APPLIED"))
                    .filter(r -> r.get("variant_of").isEmpty())
                    .count();
        }
        for (String by : List.of("kind", "year", "faction")) {
            Api.Answer stats = get("/api/stats/penalties?by=" + by);
            long total = ((Number) stats.body().get("total")).longValue();
            assertThat(total).as(by).isEqualTo(expected);
            long sum =
                    counts(stats).values().stream().mapToLong(Long::longValue).sum();
            assertThat(((Number) stats.body().get("sumOfCounts")).longValue()).isEqualTo(sum);
            if (by.equals("faction")) {
                long extra = ((Number) stats.map("overlap").get("extraCounts")).longValue();
                assertThat(sum - total).isEqualTo(extra).isPositive();
                assertThat((String) stats.body().get("note")).contains("overlap");
            } else {
                assertThat(sum).as(by + " buckets add up to the total").isEqualTo(total);
                assertThat(stats.body()).doesNotContainKey("overlap");
            }
        }
        // readmissions and rehabilitations are rows of reversals.csv, never penalties
        assertThat(counts(get("/api/stats/penalties?by=kind")))
                .doesNotContainKeys("READMISSION", "REHABILITATION_JUDICIAL", "REHABILITATION_PARTY", "REHABILITATION");
    }

    @Test
    void by_year_an_approximate_year_counts_in_that_year_and_an_open_start_in_its_latest() {
        Map<String, Long> years = counts(get("/api/stats/penalties?by=year"));
        // no applied penalty is given for 1920 (1921~ would start its range there); ../1921-12-20 counts in 1921
        assertThat(years).doesNotContainKey("1920").doesNotContainKey("undated");
        assertThat(years.get("1921")).isGreaterThanOrEqualTo(9);
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource({
        "/api/penalties?kind=SHOT, 400, kind",
        "/api/penalties?outcome=MAYBE, 400, outcome",
        "/api/penalties?from=1922-13, 400, from",
        "/api/penalties?to=1922-02-30, 400, to",
        "/api/penalties?from=1928&to=1922, 400, to",
        "/api/penalties?faction=no-such-faction, 400, faction",
        "/api/penalties?limit=0, 400, limit",
        "/api/penalties?limit=501, 400, limit",
        "/api/penalties?offset=-1, 400, offset",
        "/api/stats/penalties?by=colour, 400, by",
        "/api/stats/penalties, 400, by"
    })
    void bad_input_is_a_problem_naming_the_parameter(String uri, int status, String parameter) {
        Api.Answer answer = get(uri);
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).containsEntry("status", status).containsEntry("parameter", parameter);
    }

    @Test
    void an_unknown_kind_is_refused_listing_the_vocabulary() {
        assertThat(get("/api/penalties?kind=SHOT").strings("accepted"))
                .contains("EXPULSION", "SENTENCE", "EXECUTION", "DEATH_IN_CUSTODY")
                .doesNotContain("READMISSION");
        assertThat(get("/api/stats/penalties?by=colour").strings("accepted"))
                .containsExactly("year", "kind", "faction");
        assertThat(get("/api/penalties?faction=no-such-faction").strings("accepted"))
                .contains("workers-opposition");
    }
}

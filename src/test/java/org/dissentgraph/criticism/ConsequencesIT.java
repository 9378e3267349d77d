package org.dissentgraph.criticism;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;

/** The consequence rules on the bundled data, through real HTTP and the real database (issue #11's reproductions). */
@MicronautTest
class ConsequencesIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Reads reads;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("test.count-statements", "true");
        return properties;
    }

    private <T> T get(String uri, Class<T> type) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), type);
    }

    private List<Consequences> ofPerson(String id, int window) {
        return http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/persons/" + id + "/consequences?windowMonths=" + window),
                        Argument.listOf(Consequences.class));
    }

    private static List<Consequences.Outcome> all(Consequences.Critic c) {
        return java.util.stream.Stream.of(c.documented(), c.inferred(), c.averted())
                .flatMap(List::stream)
                .toList();
    }

    @Test
    void shlyapnikovs_consequences_are_his_own_penalties_not_his_co_signers() {
        List<Consequences> all = ofPerson("shlyapnikov-alexander", 24);
        assertThat(all)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.critics())
                        .singleElement()
                        .satisfies(k -> assertThat(k.person().id()).isEqualTo("shlyapnikov-alexander")));
        List<Consequences.Outcome> outcomes =
                all.stream().flatMap(c -> all(c.critics().get(0)).stream()).toList();
        assertThat(outcomes).isNotEmpty().allSatisfy(o -> {
            assertThat(o.person().id()).isEqualTo("shlyapnikov-alexander");
            assertThat(o.penaltyId()).doesNotStartWith("myasnikov").doesNotStartWith("kuznetsov");
        });
    }

    @Test
    void the_letter_of_the_22_groups_what_followed_by_critic_each_with_their_own_penalties() {
        Consequences letter = get("/api/criticisms/letter-of-22-1922/consequences", Consequences.class);
        assertThat(letter.critics())
                .extracting(c -> c.person().id())
                .contains("shlyapnikov-alexander", "myasnikov-gavril", "kuznetsov-nikolai", "kollontai-alexandra");
        for (Consequences.Critic critic : letter.critics()) {
            assertThat(critic.verdict()).isNotNull();
            assertThat(all(critic)).allSatisfy(o -> assertThat(o.person()).isEqualTo(critic.person()));
        }
        Consequences.Critic myasnikov = letter.critics().stream()
                .filter(c -> c.person().id().equals("myasnikov-gavril"))
                .findFirst()
                .orElseThrow();
        assertThat(all(myasnikov))
                .extracting(Consequences.Outcome::penaltyId)
                .doesNotContain("myasnikov-transfer-city-1921");
        assertThat(all(myasnikov)).allSatisfy(o -> assertThat(o.lag().minDays()).isNotNegative());
    }

    @Test
    void a_penalty_whose_dates_overlap_the_criticism_is_returned_as_uncertain() {
        // the Orgburo's recall of Myasnikov (1921) against his 1921 campaign (May to July 1921)
        Consequences press = get("/api/criticisms/myasnikov-1921-freedom-of-press/consequences", Consequences.class);
        Consequences.Outcome recall = press.critics().get(0).documented().stream()
                .filter(o -> o.penaltyId().equals("myasnikov-transfer-city-1921"))
                .findFirst()
                .orElseThrow();
        assertThat(recall.order()).isEqualTo("UNCERTAIN");
        assertThat(recall.lag().minDays()).isZero();
        assertThat(recall.grounds()).isNotEmpty();
    }

    @Test
    void within_the_window_no_lag_starts_beyond_it() {
        for (String person : List.of("shlyapnikov-alexander", "trotsky-leon", "myasnikov-gavril", "kossior-vladimir")) {
            for (Consequences c : ofPerson(person, 24)) {
                assertThat(c.critics().get(0).inferred())
                        .allSatisfy(o -> assertThat(o.lag().minMonths()).isLessThanOrEqualTo(24L));
            }
        }
    }

    @Test
    void across_every_critic_no_consequence_is_anothers_penalty_or_certainly_before_its_criticism() {
        org.dissentgraph.web.Page<Criticism> page = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/criticisms?limit=500"),
                        io.micronaut.core.type.Argument.of(org.dissentgraph.web.Page.class, Criticism.class));
        List<String> criticisms = page.items().stream().map(Criticism::id).toList();
        assertThat(criticisms).hasSizeGreaterThan(40);
        Set<String> persons = new java.util.TreeSet<>();
        for (String id : criticisms) {
            for (int window : new int[] {24, 240}) {
                Consequences c =
                        get("/api/criticisms/" + id + "/consequences?windowMonths=" + window, Consequences.class);
                LocalDate earliest = c.criticism().when().earliest();
                for (Consequences.Critic critic : c.critics()) {
                    persons.add(critic.person().id());
                    assertThat(all(critic)).allSatisfy(o -> {
                        assertThat(o.person()).as(id + " " + o.penaltyId()).isEqualTo(critic.person());
                        assertThat(o.kind())
                                .isNotIn(org.dissentgraph.model.ReversalKind.names()
                                        .toArray());
                        if (o.when().latest() != null && earliest != null) {
                            assertThat(o.when().latest())
                                    .as(id + " " + o.penaltyId())
                                    .isAfterOrEqualTo(earliest);
                        }
                        assertThat(o.order()).isIn("AFTER", "UNCERTAIN");
                        assertThat(o.lag().minDays()).isNotNegative();
                        assertThat(o.lag().minMonths()).isNotNegative();
                    });
                    assertThat(critic.inferred()).allSatisfy(o -> {
                        assertThat(o.inference().premises()).containsExactly(id, o.penaltyId());
                        assertThat(o.lag().minMonths()).isLessThanOrEqualTo(window);
                    });
                    assertThat(critic.documented())
                            .allSatisfy(o -> assertThat(o.grounds()).isNotEmpty());
                }
            }
        }
        for (String person : persons) {
            for (Consequences c : ofPerson(person, 240)) {
                assertThat(c.critics())
                        .singleElement()
                        .satisfies(k -> assertThat(all(k))
                                .allSatisfy(o -> assertThat(o.person().id()).isEqualTo(person)));
            }
            Fate fate = get("/api/persons/" + person + "/fate", Fate.class);
            assertThat(fate.penalties())
                    .allSatisfy(o -> assertThat(o.person().id()).isEqualTo(person));
            assertThat(fate.penalties()).noneSatisfy(o -> assertThat(o.kind()).isEqualTo("READMISSION"));
        }
    }

    @Test
    void a_persons_consequences_take_two_statements_however_many_criticisms() {
        CountingReads counting = (CountingReads) reads;
        for (String person : List.of("shlyapnikov-alexander", "trotsky-leon", "kossior-vladimir")) {
            counting.statements.clear();
            List<Consequences> all = ofPerson(person, 24);
            assertThat(all).isNotEmpty();
            assertThat(counting.statements)
                    .as(person + ": " + all.size() + " criticisms")
                    .hasSize(2);
        }
        counting.statements.clear();
        get("/api/criticisms/letter-of-22-1922/consequences", Consequences.class);
        assertThat(counting.statements).hasSize(2);
        counting.statements.clear();
        get("/api/persons/shlyapnikov-alexander/fate", Fate.class);
        assertThat(counting.statements).hasSize(2);
    }

    @Test
    void shlyapnikovs_fate_runs_to_his_execution_with_the_first_and_gravest_penalty() {
        Fate fate = get("/api/persons/shlyapnikov-alexander/fate", Fate.class);
        assertThat(fate.fate().outcome()).isEqualTo("EXECUTED");
        assertThat(fate.fate().evidence()).containsExactly("shlyapnikov-execution-1937");
        assertThat(fate.gravest().kind()).isEqualTo("EXECUTION");
        assertThat(fate.until()).isEqualTo("DEATH");
        assertThat(fate.penalties())
                .extracting(Consequences.Outcome::penaltyId)
                .contains("shlyapnikov-expulsion-1933", "shlyapnikov-arrest-1935", "shlyapnikov-execution-1937");
        assertThat(fate.gravest().lag().minMonths()).isGreaterThan(24L);
    }

    @Test
    void fates_are_derived_from_the_data() {
        Map<String, String> expected = Map.of(
                "trotsky-leon", "DIED_AT_LIBERTY",
                "radek-karl", "DIED_IN_CUSTODY",
                "zinoviev-grigory", "EXECUTED",
                "myasnikov-gavril", "EXECUTED");
        Map<String, String> actual = expected.keySet().stream()
                .collect(Collectors.toMap(
                        id -> id,
                        id -> get("/api/persons/" + id + "/fate", Fate.class)
                                .fate()
                                .outcome()));
        assertThat(actual).isEqualTo(expected);
        Fate zinoviev = get("/api/persons/zinoviev-grigory/fate", Fate.class);
        assertThat(zinoviev.reversals())
                .extracting(Consequences.Outcome::kind)
                .contains("READMISSION", "REHABILITATION_JUDICIAL")
                .containsOnly("READMISSION", "REHABILITATION_JUDICIAL");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> items(String uri) {
        return (List<Map<String, Object>>)
                http.toBlocking().retrieve(HttpRequest.GET(uri), Map.class).get("items");
    }

    @Test
    void every_final_fate_rests_on_a_row_that_says_so_and_a_death_after_an_open_arrest_is_unknown() {
        int walked = 0;
        for (Map<String, Object> person : items("/api/persons?limit=500")) {
            String id = (String) person.get("id");
            List<Map<String, Object>> rows = items("/api/penalties?person=" + id + "&outcome=APPLIED&limit=500");
            Set<String> kinds = rows.stream().map(r -> (String) r.get("kind")).collect(Collectors.toSet());
            FinalFates.Outcome fate =
                    get("/api/persons/" + id + "/fate", Fate.class).fate();
            String why = id + ": " + fate.explanation();
            assertThat(fate.outcome().equals("EXECUTED")).as(why).isEqualTo(kinds.contains("EXECUTION"));
            if (fate.outcome().equals("DIED_IN_CUSTODY")) {
                assertThat(kinds).as(why).contains("DEATH_IN_CUSTODY");
            }
            if (fate.outcome().equals("DIED_AT_LIBERTY")) {
                assertThat(person.get("died")).as(why).isNotNull();
            }
            if (fate.outcome().equals("UNKNOWN")) {
                assertThat(kinds.contains("ARREST") || fate.explanation().contains("in 1936–1941"))
                        .as(why)
                        .isTrue();
                assertThat(fate.explanation()).as(why).containsAnyOf("not known", "neither a release nor a death");
            }
            walked++;
        }
        assertThat(walked).isGreaterThan(90);
        // arrested, later dead, manner of death not in the data: unknown, never "died at liberty"
        for (String id : List.of("maksimovsky-vladimir", "grigorov-grigory")) {
            FinalFates.Outcome fate =
                    get("/api/persons/" + id + "/fate", Fate.class).fate();
            assertThat(fate.outcome()).as(id).isEqualTo("UNKNOWN");
            assertThat(fate.explanation()).as(id).contains("does not say how the death came");
        }
    }
}

package org.dissentgraph.criticism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.web.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@MicronautTest
class CriticismIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    private Page<Criticism> page(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), Argument.of(Page.class, Criticism.class));
    }

    private <T> T get(String uri, Class<T> type) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), type);
    }

    @Test
    void kossiors_eleventh_congress_complaint_is_found_by_critic_and_year_with_its_quote_and_source() {
        Page<Criticism> page = page("/api/criticisms?critic=kossior-vladimir&from=1922&to=1922");
        assertThat(page.items()).extracting(Criticism::id).contains("kossior-1922-congress-11");
        Criticism kossior = page.items().stream()
                .filter(c -> c.id().equals("kossior-1922-congress-11"))
                .findFirst()
                .orElseThrow();
        assertThat(kossior.quote()).startsWith("The administrative system of our Party has remained as authoritarian");
        assertThat(kossior.venue().id()).isEqualTo("congress-11");
        assertThat(kossior.when().edtf()).isEqualTo("1922-03-27/1922-04-02");
        assertThat(kossior.citations())
                .extracting(c -> c.url())
                .contains("https://www.globalsecurity.org/military/world/russia/cccp-history-purges.htm");
    }

    @Test
    void filters_combine_and_a_year_outside_gives_nothing() {
        assertThat(page("/api/criticisms?critic=kossior-vladimir&from=1924&to=1925")
                        .total())
                .isZero();
        Page<Criticism> atCongress = page("/api/criticisms?venue=congress-11");
        assertThat(atCongress.items())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c.venue().id()).isEqualTo("congress-11"));
        Page<Criticism> workersOpposition = page("/api/criticisms?faction=workers-opposition");
        assertThat(workersOpposition.items()).isNotEmpty();
    }

    @Test
    void paging_moves_through_the_list_in_date_order() {
        Page<Criticism> first = page("/api/criticisms?limit=5");
        Page<Criticism> second = page("/api/criticisms?limit=5&offset=5");
        assertThat(first.total()).isGreaterThanOrEqualTo(40);
        assertThat(first.items()).hasSize(5);
        assertThat(second.items()).hasSize(5).doesNotContainAnyElementsOf(first.items());
        assertThat(first.items().get(4).when().earliest())
                .isBeforeOrEqualTo(second.items().get(0).when().earliest());
    }

    private static Consequences.Critic critic(Consequences consequences, String personId) {
        return consequences.critics().stream()
                .filter(c -> c.person().id().equals(personId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void nothing_followed_kossiors_complaint_and_a_source_says_so() {
        Consequences consequences =
                get("/api/criticisms/kossior-1922-congress-11/consequences?windowMonths=24", Consequences.class);
        Consequences.Critic kossior = critic(consequences, "kossior-vladimir");
        assertThat(kossior.verdict()).isEqualTo("NO_RECORDED_CONSEQUENCE");
        assertThat(kossior.documented()).isEmpty();
        assertThat(kossior.inferred()).isEmpty();
        assertThat(kossior.nothingFollowed().attested()).isTrue();
        assertThat(kossior.nothingFollowed().citations())
                .anySatisfy(c -> assertThat(c.quote()).contains("without being expelled from the party"));
    }

    @Test
    void a_wider_window_reaches_kossiors_later_penalties_as_inferred_with_their_lag() {
        Consequences consequences =
                get("/api/criticisms/kossior-1922-congress-11/consequences?windowMonths=120", Consequences.class);
        Consequences.Critic kossior = critic(consequences, "kossior-vladimir");
        assertThat(kossior.verdict()).isEqualTo("INFERRED_CONSEQUENCE");
        assertThat(kossior.inferred()).extracting(Consequences.Outcome::kind).contains("EXPULSION");
        Consequences.Outcome expulsion = kossior.inferred().stream()
                .filter(o -> o.kind().equals("EXPULSION"))
                .findFirst()
                .orElseThrow();
        assertThat(expulsion.basis()).isEqualTo("inferred");
        assertThat(expulsion.order()).isEqualTo("AFTER");
        assertThat(expulsion.lag().minDays())
                .isLessThanOrEqualTo(expulsion.lag().maxDays());
        // sources date his expulsion 1927 or 1928 (kossior-vladimir-expulsion-1927, kossior-expulsion-1928: variants)
        assertThat(expulsion.penaltyId()).isIn("kossior-vladimir-expulsion-1927", "kossior-expulsion-1928");
        assertThat(expulsion.lag().minDays()).isBetween(4 * 365L, 7 * 365L);
        assertThat(expulsion.inference().rule()).isEqualTo("same person, applied penalty within 120 months after");
        assertThat(expulsion.inference().premises()).containsExactly("kossior-1922-congress-11", expulsion.penaltyId());
    }

    @Test
    void a_penalty_a_source_ties_to_the_criticism_is_documented_with_that_evidence() {
        Consequences consequences =
                get("/api/criticisms/myasnikov-1921-freedom-of-press/consequences", Consequences.class);
        Consequences.Critic myasnikov = critic(consequences, "myasnikov-gavril");
        assertThat(myasnikov.verdict()).isEqualTo("DOCUMENTED_CONSEQUENCE");
        assertThat(myasnikov.documented()).anySatisfy(o -> {
            assertThat(o.basis()).isEqualTo("documented");
            assertThat(o.grounds())
                    .isNotEmpty()
                    .allSatisfy(c -> assertThat(c.aspect()).isEqualTo("grounds"));
        });
    }

    @Test
    void an_expulsion_moved_but_not_carried_is_averted_with_its_vote() {
        List<Consequences> all = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/persons/shlyapnikov-alexander/consequences?windowMonths=12"),
                        Argument.listOf(Consequences.class));
        assertThat(all).isNotEmpty();
        assertThat(all).flatExtracting(c -> c.critics().get(0).averted()).anySatisfy(o -> {
            assertThat(o.penaltyId()).isEqualTo("shlyapnikov-expulsion-1922");
            assertThat(o.outcome()).isEqualTo("PROPOSED_NOT_APPLIED");
            assertThat(o.basis()).isEqualTo("documented");
            assertThat(o.votes()).anySatisfy(v -> assertThat(v.result()).isEqualTo("ADOPTED"));
        });
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i - 1).criticism().when().earliest())
                    .isBeforeOrEqualTo(all.get(i).criticism().when().earliest());
        }
    }

    @ParameterizedTest(name = "{0} -> {1} naming {2}")
    @CsvSource({
        "/api/criticisms?from=1922-13, 400, from",
        "/api/criticisms?limit=0, 400, limit",
        "/api/criticisms?limit=501, 400, limit",
        "/api/criticisms?offset=-1, 400, offset",
        "/api/criticisms?limit=abc, 400, limit",
        "/api/criticisms?critic=Robert'); DROP, 400, critic",
        "/api/criticisms/kossior-1922-congress-11/consequences?windowMonths=0, 400, windowMonths",
        "/api/criticisms/no-such-criticism/consequences, 404, ",
        "/api/persons/congress-11/consequences, 404, ",
    })
    void bad_input_gets_a_problem_body_naming_the_parameter(String uri, int status, String parameter) {
        assertThatThrownBy(() -> http.toBlocking()
                        .retrieve(
                                HttpRequest.GET(uri.replace(" ", "%20")
                                        .replace("'", "%27")
                                        .replace(";", "%3B")),
                                String.class))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(status);
                    assertThat(e.getResponse().getContentType().map(Object::toString))
                            .contains("application/problem+json");
                    Map<?, ?> body = e.getResponse().getBody(Map.class).orElseThrow();
                    assertThat(body.get("status")).isEqualTo(status);
                    if (parameter != null) {
                        assertThat(body.get("parameter")).isEqualTo(parameter);
                    }
                    assertThat((CharSequence) body.toString())
                            .doesNotContain("Exception")
                            .doesNotContain("MATCH");
                });
    }

    @Test
    void an_unknown_path_is_a_problem_too() {
        assertThatThrownBy(() -> http.toBlocking().retrieve("/api/no-such-thing"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat((Object) e.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
                    assertThat(e.getResponse().getContentType().map(Object::toString))
                            .contains("application/problem+json");
                });
    }
}

package org.dissentgraph.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;

@MicronautTest
class RuleChecksIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    private static List<RuleCheck> checks(HttpClient client) {
        return page(client, "?limit=1000").items();
    }

    private static RuleChecks page(HttpClient client, String query) {
        return client.toBlocking().retrieve(HttpRequest.GET("/api/rules/checks" + query), RuleChecks.class);
    }

    private static RuleCheck check(String penaltyId, List<RuleCheck> all) {
        return all.stream()
                .filter(c -> c.penalty().id().equals(penaltyId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(penaltyId + " is not checked"));
    }

    @Test
    void pages_follow_each_other_oldest_first_and_total_counts_them_all() {
        List<RuleCheck> all = checks(http);
        assertThat(all).hasSizeGreaterThanOrEqualTo(3);
        RuleChecks first = page(http, "?limit=1");
        RuleChecks rest = page(http, "?limit=2&offset=1");
        assertThat(first.total()).isEqualTo(all.size());
        assertThat(first.items())
                .extracting(c -> c.penalty().id())
                .containsExactly(all.get(0).penalty().id());
        assertThat(rest.items())
                .extracting(c -> c.penalty().id())
                .containsExactly(all.get(1).penalty().id(), all.get(2).penalty().id());
        assertThat(rest.offset()).isEqualTo(1);
        assertThat(rest.limit()).isEqualTo(2);
        assertThat(page(http, "?offset=" + all.size()).items()).isEmpty();
        assertThat(page(http, "").limit()).isEqualTo(100);
        List<String> earliest = all.stream()
                .map(c -> c.penalty().when() == null
                        ? "~"
                        : String.valueOf(c.penalty().when().earliest()))
                .toList();
        assertThat(earliest).isSortedAccordingTo(java.util.Comparator.naturalOrder());
    }

    @Test
    void a_limit_out_of_range_is_a_400_naming_it() {
        HttpClientResponseException e =
                catchThrowableOfType(HttpClientResponseException.class, () -> page(http, "?limit=1001"));
        assertThat(e.getStatus().getCode()).isEqualTo(400);
        assertThat(e.getResponse().getBody(String.class).orElse("")).contains("limit");
    }

    @Test
    void the_august_1921_plenum_fell_one_vote_short_of_two_thirds_so_shlyapnikov_stayed() {
        RuleCheck shlyapnikov = checks(http).stream()
                .filter(c -> c.penalty().id().equals("shlyapnikov-expulsion-1921"))
                .findFirst()
                .orElseThrow();
        assertThat(shlyapnikov.outcome()).isEqualTo("BLOCKED");
        assertThat(shlyapnikov.vote().votesFor()).isEqualTo(17);
        assertThat(shlyapnikov.vote().votesAgainst()).isEqualTo(10);
        assertThat(shlyapnikov.rule().threshold()).isEqualTo("2/3");
        assertThat(shlyapnikov.rule().document().id()).isEqualTo("on-party-unity-point-7");
        assertThat(shlyapnikov.rule().citations()).isNotEmpty();
        assertThat(shlyapnikov.vote().citations()).isNotEmpty();
        assertThat(shlyapnikov.vote().method()).isEqualTo("plenum-vote");
        assertThat(shlyapnikov.explanation())
                .contains("17 of the 27 members present voted for it, short of the two thirds (18) required");
    }

    @Test
    void a_point_7_expulsion_with_no_recorded_vote_is_unknown() {
        RuleCheck trotsky = checks(http).stream()
                .filter(c -> c.penalty().id().equals("trotsky-expulsion-cc-1927"))
                .findFirst()
                .orElseThrow();
        assertThat(trotsky.outcome()).isEqualTo("UNKNOWN");
        assertThat(trotsky.vote()).isNull();
    }

    @Test
    void each_outcome_on_a_small_fixture_graph() throws Exception {
        Path data = Files.createTempDirectory("dissent-rules-fixture");
        try (ApplicationContext context = ApplicationContext.run(
                                EmbeddedServer.class,
                                Map.of(
                                        "dissent.data-dir", data.toString(),
                                        "dissent.embedded.bolt-port", 0,
                                        "dissent.embedded.http-port", 0,
                                        "dissent.import-dir",
                                                Path.of("src/test/resources/fixtures/rules")
                                                        .toAbsolutePath()
                                                        .toString(),
                                        "micronaut.server.port", -1))
                        .getApplicationContext();
                HttpClient client =
                        HttpClient.create(context.getBean(EmbeddedServer.class).getURL())) {
            Map<String, String> outcomes = checks(client).stream()
                    .collect(Collectors.toMap(c -> c.penalty().id(), RuleCheck::outcome));
            assertThat(outcomes)
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "a-expelled", "SATISFIED",
                            "b-not-expelled", "BLOCKED",
                            "c-expelled-anyway", "VIOLATED",
                            "d-expelled-no-vote", "VIOLATED",
                            "d-expelled-later", "UNKNOWN"));
        }
    }

    @Test
    void every_plenum_removal_of_a_cc_member_is_checked_and_a_congress_decision_is_not() {
        List<RuleCheck> all = checks(http);
        RuleCheck smirnov = check("smirnov-alexander-expulsion-cc-1933", all);
        assertThat(smirnov.outcome()).isEqualTo("UNKNOWN");
        assertThat(smirnov.vote()).isNull();
        assertThat(smirnov.explanation())
                .startsWith("The data does not name the body that decided this. No vote is recorded");
        RuleCheck kamenev = check("kamenev-expulsion-cc-1927", all);
        assertThat(kamenev.outcome())
                .as("decided at the joint CC-CCC session of 14 November 1927, a meeting of the CC, with no vote")
                .isEqualTo("UNKNOWN");
        assertThat(kamenev.explanation()).startsWith("No vote is recorded");
        assertThat(all)
                .extracting(c -> c.penalty().id())
                .as("the 15th Congress's and the 17th Congress's own decisions are outside point 7")
                .doesNotContain("kamenev-expulsion-1927", "rykov-reduction-1934")
                .as("a removal from a post other than the CC is no expulsion or demotion")
                .doesNotContain("bukharin-removal-1929", "rykov-removal-sovnarkom-1930");
    }

    @Test
    void after_the_control_commission_was_abolished_point_7_is_not_in_force() {
        List<RuleCheck> all = checks(http);
        for (String id : List.of("bukharin-expulsion-1937", "rykov-expulsion-1937")) {
            RuleCheck c = check(id, all);
            assertThat(c.outcome()).as(id).isEqualTo("RULE_NOT_IN_FORCE");
            assertThat(c.share()).isNull();
            assertThat(c.rule().inForce()).isEqualTo("1921-03-16/1934-02-10");
            assertThat(c.explanation())
                    .contains("came after")
                    .contains("1934-02-10")
                    .contains("not checked");
            assertThat(c.vote().method())
                    .as("the plenum commission's unanimous vote is shown, but it does not decide")
                    .isEqualTo("commission-vote");
        }
    }

    @Test
    void coverage_counts_every_case_of_the_dataset_not_the_page() {
        List<RuleCheck> all = checks(http);
        RuleChecks one = page(http, "?limit=1&offset=1");
        assertThat(one.coverage().governed()).isEqualTo(all.size()).isEqualTo(one.total());
        assertThat(one.coverage().checked())
                .isEqualTo(all.stream()
                        .filter(c -> !c.outcome().equals("RULE_NOT_IN_FORCE"))
                        .count());
        assertThat(one.coverage().withVote())
                .isEqualTo(all.stream()
                        .filter(c -> !c.outcome().equals("RULE_NOT_IN_FORCE"))
                        .filter(c -> c.vote() != null
                                && !"commission-vote".equals(c.vote().method()))
                        .count())
                .isEqualTo(1);
        assertThat(one.coverage().governed()).isGreaterThanOrEqualTo(8);
    }

    @Test
    void explanations_read_as_sentences_never_as_formulas() {
        for (RuleCheck c : checks(http)) {
            assertThat(c.explanation())
                    .as(c.penalty().id())
                    .doesNotContain("of unstated")
                    .doesNotContain("2/3 of")
                    .endsWith(".");
        }
    }
}

package org.dissentgraph.rule;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
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
        return client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/rules/checks"), Argument.listOf(RuleCheck.class));
    }

    @Test
    void the_august_1921_plenum_fell_one_vote_short_of_two_thirds_so_shlyapnikov_stayed() {
        RuleCheck shlyapnikov = checks(http).stream().filter(c -> c.penalty().id().equals("shlyapnikov-expulsion-1921")).findFirst().orElseThrow();
        assertThat(shlyapnikov.outcome()).isEqualTo("BLOCKED");
        assertThat(shlyapnikov.vote().votesFor()).isEqualTo(17);
        assertThat(shlyapnikov.vote().votesAgainst()).isEqualTo(10);
        assertThat(shlyapnikov.rule().threshold()).isEqualTo("2/3");
        assertThat(shlyapnikov.rule().document().id()).isEqualTo("on-party-unity-point-7");
        assertThat(shlyapnikov.rule().citations()).isNotEmpty();
        assertThat(shlyapnikov.vote().citations()).isNotEmpty();
        assertThat(shlyapnikov.explanation()).contains("17/27").contains("falls short of 2/3");
    }

    @Test
    void a_point_7_expulsion_with_no_recorded_vote_is_unknown() {
        RuleCheck trotsky = checks(http).stream().filter(c -> c.penalty().id().equals("trotsky-expulsion-cc-1927")).findFirst().orElseThrow();
        assertThat(trotsky.outcome()).isEqualTo("UNKNOWN");
        assertThat(trotsky.vote()).isNull();
    }

    @Test
    void each_outcome_on_a_small_fixture_graph() throws Exception {
        Path data = Files.createTempDirectory("dissent-rules-fixture");
        try (ApplicationContext context = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "dissent.data-dir", data.toString(),
                "dissent.embedded.bolt-port", 0,
                "dissent.embedded.http-port", 0,
                "dissent.import-dir", Path.of("src/test/resources/fixtures/rules").toAbsolutePath().toString(),
                "micronaut.server.port", -1)).getApplicationContext();
             HttpClient client = HttpClient.create(context.getBean(EmbeddedServer.class).getURL())) {
            Map<String, String> outcomes = checks(client).stream()
                    .collect(Collectors.toMap(c -> c.penalty().id(), RuleCheck::outcome));
            assertThat(outcomes).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "a-expelled", "SATISFIED",
                    "b-not-expelled", "BLOCKED",
                    "c-expelled-anyway", "VIOLATED",
                    "d-expelled-no-vote", "VIOLATED",
                    "d-expelled-later", "UNKNOWN"));
        }
    }
}

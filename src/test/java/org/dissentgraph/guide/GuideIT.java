package org.dissentgraph.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

@MicronautTest
class GuideIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Driver driver;

    static Stream<GuideController.Slide> slides() {
        return GuideController.SLIDES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("slides")
    void each_guide_query_runs_as_written_with_its_params_and_finds_something(GuideController.Slide slide) {
        GuideController.GuideQuery query = GuideController.query(slide);
        Map<String, Object> params = new HashMap<>();
        try (var session = driver.session()) {
            for (String param : query.params()) {
                // ":param name => expression", as Neo4j Browser evaluates it
                String[] parts = param.substring(":param ".length()).split("=>", 2);
                Object value = session.run("RETURN " + parts[1].strip() + " AS v")
                        .single()
                        .get("v")
                        .asObject();
                params.put(parts[0].strip(), value);
            }
            List<org.neo4j.driver.Record> rows =
                    session.executeRead(tx -> tx.run(query.cypher(), params).list());
            assertThat(rows).as(slide.file()).isNotEmpty();
        }
    }

    @Test
    void the_rule_checks_slide_lists_every_case_the_service_checks_not_only_the_governed_ones() {
        GuideController.Slide slide = GuideController.SLIDES.stream()
                .filter(s -> s.file().equals("guide-4-rule-checks"))
                .findFirst()
                .orElseThrow();
        GuideController.GuideQuery query = GuideController.query(slide);
        Map<String, Object> params = Map.of(
                "protectedOrgans",
                List.of("central-committee", "central-control-commission"),
                "plenumOrgan",
                "central-committee");
        assertThat(query.params())
                .containsExactly(
                        ":param protectedOrgans => ['central-committee', 'central-control-commission']",
                        ":param plenumOrgan => 'central-committee'");
        try (var session = driver.session()) {
            List<String> slideCases = session
                    .executeRead(tx -> tx.run(query.cypher(), params).list())
                    .stream()
                    .map(r ->
                            r.get("penaltyId").asString() + "/" + r.get("rule").asString())
                    .toList();
            List<String> checked = session
                    .executeRead(tx -> tx.run(
                                    org.dissentgraph.neo4j.CypherFiles.get("queries/rule-cases"),
                                    org.dissentgraph.rule.RuleScope.parameters())
                            .list())
                    .stream()
                    .map(r -> r.get("penaltyId").asString() + "/"
                            + r.get("ruleId").asString())
                    .toList();
            assertThat(slideCases).isEqualTo(checked);
            // not only governed_by: the 1933 and 1937 plenum removals are cases too
            assertThat(slideCases).hasSizeGreaterThan(3);
        }
    }

    @Test
    void the_guide_is_html_slides_with_runnable_queries_and_answers_the_browsers_origin() {
        HttpResponse<String> response = http.toBlocking()
                .exchange(HttpRequest.GET("/guide").header("Origin", "http://localhost:7474"), String.class);
        String html = response.body();
        assertThat(html)
                .startsWith("<article class=\"guide\">")
                .contains("Who criticized whom at the Eleventh Congress");
        assertThat(html.split("code runnable").length - 1).isGreaterThanOrEqualTo(9 + 7);
        assertThat(response.getHeaders().get("Access-Control-Allow-Origin")).isEqualTo("http://localhost:7474");
    }

    @Test
    void the_browser_style_sheet_styles_every_label() throws Exception {
        String grass = Files.readString(Path.of("cypher/dissent-graph.grass"));
        for (String label : List.of(
                "Person",
                "Faction",
                "Meeting",
                "Organ",
                "Place",
                "Document",
                "Criticism",
                "Penalty",
                "Vote",
                "Purge",
                "Rule",
                "Statement",
                "Source")) {
            assertThat(grass).contains("node." + label + " {");
        }
        assertThat(grass).contains("caption: \"{kind}\"");
    }
}

package org.dissentgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.model.PenaltyKind;
import org.dissentgraph.model.RelType;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@MicronautTest
class OpenApiIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/search",
                "/api/entities/{id}",
                "/api/entities/{id}/adjacent",
                "/api/criticisms",
                "/api/criticisms/{id}/consequences",
                "/api/persons/{id}/consequences",
                "/api/persons/{id}/timeline",
                "/api/graph/ego/{id}",
                "/api/graph/network",
                "/api/paths",
                "/api/snapshot",
                "/api/penalties",
                "/api/stats/penalties",
                "/api/rules/checks",
                "/api/analytics/centrality",
                "/api/analytics/communities",
                "/api/export/{format}",
                "/api/accusations",
                "/api/documents/{id}/signatures",
                "/api/vocabulary"
            })
    void the_openapi_document_lists_every_endpoint(String path) {
        String spec = http.toBlocking().retrieve("/swagger/dissent-graph.yml");
        assertThat(spec).contains("\n  " + path + ":");
    }

    @Test
    void a_persons_fate_and_a_cohort_members_fate_share_one_final_fate_schema() {
        String spec = http.toBlocking().retrieve("/swagger/dissent-graph.yml");
        assertThat(spec).contains("\n    FinalFates.Outcome:");
        assertThat(spec).doesNotContain("Fate.FinalFate", "CohortFates.Fate:");
        assertThat(spec.split("#/components/schemas/FinalFates.Outcome", -1)).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void the_openapi_document_lists_the_penalty_kinds_of_the_one_vocabulary() {
        String spec = http.toBlocking().retrieve("/swagger/dissent-graph.yml");
        assertThat(spec).contains("PenaltyKind:");
        for (PenaltyKind kind : PenaltyKind.values()) {
            assertThat(spec).contains("- " + kind.name());
        }
    }

    @Test
    void the_vocabulary_endpoint_serves_what_the_model_defines() {
        String body = http.toBlocking().retrieve("/api/vocabulary");
        for (PenaltyKind kind : PenaltyKind.values()) {
            assertThat(body).contains("\"" + kind.name() + "\"");
        }
        for (RelType type : RelType.values()) {
            assertThat(body)
                    .contains("{\"type\":\"" + type.name() + "\",\"group\":\""
                            + type.group().name() + "\",\"words\":\"" + type.words() + "\"}");
        }
        for (ImportState state : ImportState.values()) {
            assertThat(body).contains("\"" + state.name() + "\"");
        }
    }

    @Test
    void swagger_ui_is_served_from_the_jar() {
        String page = http.toBlocking().retrieve("/swagger-ui/index.html");
        assertThat(page)
                .contains("swagger-ui")
                .contains("/swagger/dissent-graph.yml")
                .doesNotContain("unpkg.com");
    }
}

package org.dissentgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the API promises about its parameters and errors, on the bundled data. */
@MicronautTest
class ApiKeepsItsWordIT extends ApiTest {

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("dissent.write-users", "tester:s3cret-pw");
        return properties;
    }

    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/penalties?persn=shlyapnikov-alexander|persn|person",
                "/api/penalties?kind=EXPULSION&colour=red|colour|kind",
                "/api/search?q=Trotsky&types=Person|types|type",
                "/api/entities/lenin-vladimir/adjacent?types=MEMBER_OF|types|rel",
                "/api/graph/network?since=1921|since|from",
                "/api/persons?alive=1930|alive|aliveAt",
                "/api/rules/checks?page=2|page|offset",
                "/api/export/graphml?egoo=trotsky-leon|egoo|ego"
            })
    void an_unknown_query_parameter_is_a_400_naming_it_and_the_accepted_ones(
            String uri, String unknown, String oneAccepted) {
        ApiProblem problem = new Api(http, json).problem(uri, 400);
        assertThat(problem.parameter()).isEqualTo(unknown);
        assertThat(problem.detail()).contains(unknown).contains(oneAccepted);
        assertThat(problem.accepted()).contains(oneAccepted).doesNotContain(unknown);
    }

    @Test
    void a_route_without_query_parameters_says_so() {
        ApiProblem problem = new Api(http, json).problem("/api/entities/lenin-vladimir?x=1", 400);
        assertThat(problem.parameter()).isEqualTo("x");
        assertThat(problem.detail()).contains("accepts no query parameters");
        assertThat(problem.accepted()).isEmpty();
    }

    @Test
    void penalties_filter_by_person_and_only_that_persons_penalties_come() {
        Api.Answer answer = get("/api/penalties?person=shlyapnikov-alexander&limit=500");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.list("items"))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(map(p, "person")).containsEntry("id", "shlyapnikov-alexander"));
        assertThat(((Number) answer.body().get("total")).longValue())
                .isEqualTo(answer.list("items").size())
                .isLessThan(((Number) get("/api/penalties").body().get("total")).longValue());
        Api.Answer two = get("/api/penalties?person=shlyapnikov-alexander&person=trotsky-leon&limit=500");
        assertThat(two.list("items"))
                .extracting(p -> map(p, "person").get("id"))
                .contains("shlyapnikov-alexander", "trotsky-leon")
                .containsOnly("shlyapnikov-alexander", "trotsky-leon");
        ApiProblem nobody = new Api(http, json).problem("/api/penalties?person=nobody-at-all", 400);
        assertThat(nobody.parameter()).isEqualTo("person");
        assertThat(nobody.detail()).contains("nobody-at-all");
    }

    @Test
    void a_filter_of_several_values_means_the_same_repeated_or_comma_separated() {
        Api.Answer repeated = get("/api/penalties?kind=EXPULSION&kind=ARREST&limit=500");
        Api.Answer comma = get("/api/penalties?kind=EXPULSION,ARREST&limit=500");
        Api.Answer mixed = get("/api/penalties?kind=expulsion,%20ARREST&kind=ARREST&limit=500");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.list("items"))
                .extracting(p -> p.get("kind"))
                .contains("EXPULSION", "ARREST")
                .containsOnly("EXPULSION", "ARREST");
        assertThat(comma.body()).isEqualTo(repeated.body());
        assertThat(mixed.body()).isEqualTo(repeated.body());
        long expulsions = ((Number) get("/api/penalties?kind=EXPULSION").body().get("total")).longValue();
        long arrests = ((Number) get("/api/penalties?kind=ARREST").body().get("total")).longValue();
        assertThat(((Number) repeated.body().get("total")).longValue()).isEqualTo(expulsions + arrests);
    }

    @Test
    void persons_are_listed_by_name_in_pages_with_the_shared_envelope() {
        Api.Answer all = get("/api/persons?limit=500");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body()).containsKeys("total", "limit", "offset", "items");
        long total = ((Number) all.body().get("total")).longValue();
        assertThat(total).isEqualTo(all.list("items").size()).isGreaterThan(40);
        List<String> names =
                all.list("items").stream().map(p -> (String) p.get("name")).toList();
        assertThat(names).isSorted();
        Api.Answer page = get("/api/persons?limit=5&offset=5");
        assertThat(ids(page.list("items"))).isEqualTo(ids(all.list("items")).subList(5, 10));
    }

    @Test
    @SuppressWarnings("unchecked")
    void persons_filter_by_faction_and_by_name() {
        Api.Answer wo = get("/api/persons?faction=workers-opposition&limit=500");
        assertThat(ids(wo.list("items"))).contains("shlyapnikov-alexander", "kollontai-alexandra");
        assertThat(wo.list("items"))
                .allSatisfy(p -> assertThat((List<Object>) p.get("factions")).contains("workers-opposition"));
        assertThat(ids(get("/api/persons?q=shlyap").list("items"))).containsExactly("shlyapnikov-alexander");
        assertThat(ids(get("/api/persons?q=" + java.net.URLEncoder.encode("Коллонтай", StandardCharsets.UTF_8))
                        .list("items")))
                .containsExactly("kollontai-alexandra");
        assertThat(new Api(http, json)
                        .problem("/api/persons?faction=no-such-faction", 400)
                        .parameter())
                .isEqualTo("faction");
    }

    @Test
    void alive_at_keeps_who_can_have_been_alive_and_says_how_sure() {
        Api.Answer in1930 = get("/api/persons?aliveAt=1930&limit=500");
        List<String> alive = ids(in1930.list("items"));
        // Lenin died in January 1924, Trotsky was alive in exile, Kollontai an ambassador
        assertThat(alive).doesNotContain("lenin-vladimir").contains("trotsky-leon", "kollontai-alexandra");
        assertThat(in1930.list("items"))
                .filteredOn(p -> p.get("id").equals("trotsky-leon"))
                .extracting(p -> p.get("alive"))
                .containsExactly("CERTAINLY");
        // dying within the date's range: possibly alive on it
        assertThat(get("/api/persons?aliveAt=1924&limit=500").list("items"))
                .filteredOn(p -> p.get("id").equals("lenin-vladimir"))
                .extracting(p -> p.get("alive"))
                .containsExactly("POSSIBLY");
        assertThat(ids(get("/api/persons?aliveAt=1924-02&limit=500").list("items")))
                .doesNotContain("lenin-vladimir");
        assertThat(get("/api/persons?limit=500").list("items"))
                .allSatisfy(p -> assertThat(p).doesNotContainKey("alive"));
        assertThat(new Api(http, json)
                        .problem("/api/persons?aliveAt=1930-13", 400)
                        .parameter())
                .isEqualTo("aliveAt");
    }

    @Test
    void a_path_to_nobody_is_a_404_naming_to() {
        ApiProblem problem = new Api(http, json).problem("/api/paths?from=kollontai-alexandra&to=nobody", 404);
        assertThat(problem.parameter()).isEqualTo("to");
        assertThat(problem.detail()).contains("nobody");
        assertThat(new Api(http, json)
                        .problem("/api/paths?from=nobody&to=kollontai-alexandra", 404)
                        .parameter())
                .isEqualTo("from");
    }

    @Test
    void a_post_without_content_type_is_a_415_problem_naming_the_accepted_types() throws Exception {
        String credentials = Base64.getEncoder().encodeToString("tester:s3cret-pw".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURI() + "/api/imports"))
                                .header("Authorization", "Basic " + credentials)
                                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1, 2, 3}))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith(ApiProblem.MEDIA_TYPE));
        assertThat(response.body())
                .doesNotContain("More than 1 route")
                .contains("application/zip")
                .contains("multipart/form-data")
                .contains("Content-Type");
    }

    @Test
    void a_problem_detail_the_framework_writes_is_never_cut_off() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(server.getURI() + "/api/penalties"))
                                .DELETE()
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        ApiProblem problem = json.readValue(response.body(), ApiProblem.class);
        assertThat(problem.detail())
                .doesNotEndWith("...")
                .contains("/api/penalties")
                .contains("GET");
    }
}

package org.dissentgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * The served OpenAPI document ({@code /swagger/dissent-graph.yml}) against what is served: real
 * responses of every GET endpoint, on the bundled data, with several parameter sets each and the
 * errors they can answer, validated by Atlassian's swagger-request-validator (an implementation
 * independent of micronaut-openapi, on swagger-parser and a JSON-schema validator).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiValidationIT extends DatabaseTest {

    /** Each GET endpoint (as its template) and requests that exercise it: answers, empty answers, errors. */
    static final Map<String, List<String>> REQUESTS = Map.ofEntries(
            Map.entry(
                    "/api/search",
                    List.of(
                            "/api/search?q=Kosior",
                            "/api/search?q=Zinovyev&limit=5",
                            "/api/search?q=trial&type=Session",
                            "/api/search?q=Trotsky&type=Person,Document&limit=3&offset=3",
                            "/api/search?q=nothingmatchesthisxyz",
                            "/api/search?q=",
                            "/api/search?q=Trotsky&type=Banana",
                            "/api/search?q=Trotsky&nonsense=1")),
            Map.entry(
                    "/api/entities/{id}",
                    List.of(
                            "/api/entities/kossior-vladimir",
                            "/api/entities/on-party-unity",
                            "/api/entities/congress-11",
                            "/api/entities/kossior-1922-congress-11",
                            "/api/entities/workers-opposition",
                            "/api/entities/no-such-node",
                            "/api/entities/Not_An_Id")),
            Map.entry(
                    "/api/entities/{id}/adjacent",
                    List.of(
                            "/api/entities/lenin-vladimir/adjacent?limit=5",
                            "/api/entities/trotsky-leon/adjacent?rel=MEMBER_OF&limit=500",
                            "/api/entities/kossior-1922-congress-11/adjacent?rel=CITES",
                            "/api/entities/kollontai-alexandra/adjacent?rel=RECEIVED&rel=CRITICIZED",
                            "/api/entities/no-such-node/adjacent",
                            "/api/entities/lenin-vladimir/adjacent?rel=LOVES")),
            Map.entry(
                    "/api/criticisms",
                    List.of(
                            "/api/criticisms",
                            "/api/criticisms?critic=kossior-vladimir&from=1922&to=1922",
                            "/api/criticisms?faction=workers-opposition&limit=5&offset=5",
                            "/api/criticisms?limit=0")),
            Map.entry(
                    "/api/criticisms/{id}/consequences",
                    List.of(
                            "/api/criticisms/kossior-1922-congress-11/consequences",
                            "/api/criticisms/letter-of-22-1922/consequences?windowMonths=120",
                            "/api/criticisms/no-such-criticism/consequences",
                            "/api/criticisms/kossior-1922-congress-11/consequences?windowMonths=0")),
            Map.entry(
                    "/api/persons/{id}/consequences",
                    List.of(
                            "/api/persons/shlyapnikov-alexander/consequences",
                            "/api/persons/trotsky-leon/consequences?windowMonths=60",
                            "/api/persons/congress-11/consequences")),
            Map.entry(
                    "/api/persons/{id}/timeline",
                    List.of(
                            "/api/persons/trotsky-leon/timeline",
                            "/api/persons/kollontai-alexandra/timeline",
                            "/api/persons/no-such-person/timeline")),
            Map.entry(
                    "/api/persons",
                    List.of(
                            "/api/persons",
                            "/api/persons?faction=workers-opposition",
                            "/api/persons?aliveAt=1930&limit=5&offset=2",
                            "/api/persons?q=Shlyap",
                            "/api/persons?aliveAt=1930-13",
                            "/api/persons?faction=nobody")),
            Map.entry(
                    "/api/graph/ego/{id}",
                    List.of(
                            "/api/graph/ego/kossior-vladimir",
                            "/api/graph/ego/trotsky-leon?depth=2&at=1923&maxNodes=50",
                            "/api/graph/ego/no-such-node",
                            "/api/graph/ego/kossior-vladimir?depth=9")),
            Map.entry(
                    "/api/graph/network",
                    List.of(
                            "/api/graph/network",
                            "/api/graph/network?from=1921&to=1922",
                            "/api/graph/network?rel=MEMBER_OF&maxNodes=20",
                            "/api/graph/network?from=1930&to=1920")),
            Map.entry(
                    "/api/paths",
                    List.of(
                            "/api/paths?from=kollontai-alexandra&to=stalin-joseph",
                            "/api/paths?from=kollontai-alexandra&to=stalin-joseph&maxLength=1",
                            "/api/paths?from=kollontai-alexandra&to=nobody",
                            "/api/paths?from=kollontai-alexandra")),
            Map.entry(
                    "/api/snapshot", List.of("/api/snapshot?at=1921-06-01", "/api/snapshot?at=1928", "/api/snapshot")),
            Map.entry(
                    "/api/penalties",
                    List.of(
                            "/api/penalties",
                            "/api/penalties?kind=EXPULSION,ARREST&limit=500",
                            "/api/penalties?person=shlyapnikov-alexander",
                            "/api/penalties?faction=workers-opposition&outcome=APPLIED&from=1921&to=1930",
                            "/api/penalties?kind=SHOT",
                            "/api/penalties?persn=shlyapnikov-alexander")),
            Map.entry(
                    "/api/stats/penalties",
                    List.of(
                            "/api/stats/penalties?by=year",
                            "/api/stats/penalties?by=kind",
                            "/api/stats/penalties?by=faction",
                            "/api/stats/penalties?by=colour")),
            Map.entry(
                    "/api/rules/checks",
                    List.of("/api/rules/checks", "/api/rules/checks?limit=1&offset=1", "/api/rules/checks?limit=0")),
            Map.entry(
                    "/api/analytics/centrality",
                    List.of(
                            "/api/analytics/centrality",
                            "/api/analytics/centrality?metric=pagerank&limit=5",
                            "/api/analytics/centrality?metric=betweenness&rel=CRITICIZED,MEMBER_OF",
                            "/api/analytics/centrality?metric=fame")),
            Map.entry(
                    "/api/export/{format}",
                    List.of(
                            "/api/export/cytoscape",
                            "/api/export/graphml?ego=kossior-vladimir",
                            "/api/export/gexf?from=1921&to=1922",
                            "/api/export/cytoscape?ego=no-such-node",
                            "/api/export/pdf")),
            Map.entry(
                    "/api/analytics/communities",
                    List.of(
                            "/api/analytics/communities",
                            "/api/analytics/communities?rel=CRITICIZED,MEMBER_OF&limit=3",
                            "/api/analytics/communities?from=1921&to=1922",
                            "/api/analytics/communities?limit=0")),
            Map.entry(
                    "/api/persons/{id}/fate",
                    List.of(
                            "/api/persons/shlyapnikov-alexander/fate",
                            "/api/persons/trotsky-leon/fate",
                            "/api/persons/kollontai-alexandra/fate",
                            "/api/persons/no-such-person/fate",
                            "/api/persons/Not_An_Id/fate")),
            Map.entry("/api/cohorts", List.of("/api/cohorts", "/api/cohorts?nonsense=1")),
            Map.entry(
                    "/api/cohorts/{id}/fates",
                    List.of(
                            "/api/cohorts/signed:declaration-of-46/fates",
                            "/api/cohorts/signed:declaration-of-46/fates?events=EXPULSION,EXECUTION&until=1941-06-22",
                            "/api/cohorts/signed:declaration-of-46/fates?compare=signed:letter-of-22",
                            "/api/cohorts/no-such-cohort/fates",
                            "/api/cohorts/signed:declaration-of-46/fates?until=1941-13")),
            Map.entry(
                    "/api/cohorts/fates",
                    List.of(
                            "/api/cohorts/fates?signed=declaration-of-46&faction=left-opposition",
                            "/api/cohorts/fates?memberOf=central-committee&at=1934-02-10",
                            "/api/cohorts/fates")),
            Map.entry(
                    "/api/accusations",
                    List.of(
                            "/api/accusations",
                            "/api/accusations?accuser=stalin-joseph&limit=5",
                            "/api/accusations?accused=trotsky-leon&role=DENOUNCED&offset=1",
                            "/api/accusations?accuser=no-such-person",
                            "/api/accusations?role=SHOT",
                            "/api/accusations?limit=0")),
            Map.entry(
                    "/api/documents/{id}/signatures",
                    List.of(
                            "/api/documents/declaration-of-46/signatures",
                            "/api/documents/no-such-document/signatures",
                            "/api/documents/Not_An_Id/signatures")),
            Map.entry("/api/vocabulary", List.of("/api/vocabulary", "/api/vocabulary?nonsense=1")),
            Map.entry("/api/imports/{id}", List.of("/api/imports/no-such-import")));

    /**
     * Operations that answer from memory, never from the database, so cannot answer 503 (the
     * vocabulary is built from model/ at start-up); they still document the 400 of an unknown
     * parameter.
     */
    static final Set<String> WITHOUT_DATABASE = Set.of("/api/vocabulary");

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    Router router;

    String spec;
    OpenApiInteractionValidator validator;

    /**
     * The client waits longer than the service's query timeout, so that a query stopped on a busy
     * machine (a cold plan of penalty-details has taken over 10 s at a load of 20) arrives as the
     * service's documented 503 problem, which is validated like every other answer.
     */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(super.getProperties());
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    @BeforeAll
    void readTheServedDocument() {
        spec = http.toBlocking().retrieve("/swagger/dissent-graph.yml");
        validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                .build();
    }

    private record Served(int status, String contentType, String body) {}

    private Served get(String uri) {
        try {
            HttpResponse<byte[]> r = http.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
            return served(r);
        } catch (HttpClientResponseException e) {
            return served(e.getResponse());
        }
    }

    private static Served served(HttpResponse<?> r) {
        String type = r.getContentType().map(Object::toString).orElse(null);
        byte[] bytes = r.getBody(byte[].class).orElse(new byte[0]);
        boolean text = type != null && (type.contains("json") || type.contains("xml") || type.startsWith("text"));
        return new Served(r.code(), type, text ? new String(bytes, StandardCharsets.UTF_8) : null);
    }

    @Test
    void every_response_of_every_endpoint_matches_the_served_document() {
        StringBuilder failures = new StringBuilder();
        int checked = 0;
        for (var endpoint : new TreeSet<>(REQUESTS.keySet())) {
            for (String uri : REQUESTS.get(endpoint)) {
                Served served = get(uri);
                assertThat(served.status() < 500 || served.status() == 503)
                        .as(uri + " -> " + served.status())
                        .isTrue();
                SimpleResponse.Builder response = SimpleResponse.Builder.status(served.status());
                if (served.contentType() != null) {
                    response.withContentType(served.contentType());
                }
                if (served.body() != null) {
                    response.withBody(served.body());
                }
                String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
                ValidationReport report = validator.validateResponse(path, Request.Method.GET, response.build());
                checked++;
                if (report.hasErrors()) {
                    failures.append("\nGET ")
                            .append(uri)
                            .append(" -> ")
                            .append(served.status())
                            .append(":\n  ")
                            .append(report.getMessages().stream()
                                    .map(m -> m.getKey() + ": " + m.getMessage())
                                    .collect(Collectors.joining("\n  ")));
                }
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(failures.toString())
                .as("responses that the OpenAPI document does not describe")
                .isEmpty();
    }

    @Test
    void the_requests_above_cover_every_get_route_of_the_api_and_the_document_lists_them() {
        Set<String> routes = router.uriRoutes()
                .filter(r -> r.getHttpMethod() == HttpMethod.GET)
                .map(UriRouteInfo::getUriMatchTemplate)
                .map(Object::toString)
                .filter(t -> t.startsWith("/api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(routes).isNotEmpty();
        assertThat(REQUESTS.keySet()).containsExactlyInAnyOrderElementsOf(routes);
        for (String route : routes) {
            assertThat(spec).as(route).contains("\n  " + route + ":");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_api_operation_documents_its_400_and_503_and_those_that_look_a_node_up_their_404() {
        Map<String, Object> doc = new Yaml().load(spec);
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) doc.get("paths");
        StringBuilder missing = new StringBuilder();
        paths.forEach((path, operations) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            operations.forEach((method, op) -> {
                Map<String, Object> responses = (Map<String, Object>) ((Map<String, Object>) op).get("responses");
                List<String> needed = WITHOUT_DATABASE.contains(path)
                        ? List.of("400")
                        : path.contains("{") && !path.startsWith("/api/export")
                                ? List.of("400", "404", "503")
                                : List.of("400", "503");
                for (String code : needed) {
                    if (!responses.containsKey(code)) {
                        missing.append(method)
                                .append(' ')
                                .append(path)
                                .append(": ")
                                .append(code)
                                .append('\n');
                    }
                }
            });
        });
        assertThat(missing.toString()).isEmpty();
    }
}

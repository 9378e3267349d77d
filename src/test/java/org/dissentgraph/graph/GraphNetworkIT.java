package org.dissentgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GET /api/graph/network against the bundled dataset. */
@MicronautTest
class GraphNetworkIT extends DatabaseTest {

    private static final LocalDate WINDOW_START = LocalDate.of(1936, 1, 1);
    private static final LocalDate WINDOW_END = LocalDate.of(1938, 12, 31);

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Test
    void the_network_1918_to_1938_holds_kossior_criticizing_the_party_at_the_eleventh_congress() {
        GraphView view = get("/api/graph/network?from=1918&to=1938");

        assertThat(node(view, "kossior-vladimir")).satisfies(kossior -> {
            assertThat(kossior.type()).isEqualTo("Person");
            assertThat(kossior.label()).isEqualTo("Vladimir Kossior");
            assertThat(kossior.earliest()).isEqualTo(LocalDate.of(1891, 8, 8));
            assertThat(kossior.latest()).isEqualTo(LocalDate.of(1938, 3, 30));
            // his Left Opposition membership from 1923 (memberships.csv)
            assertThat(kossior.factions()).containsExactly("left-opposition");
        });
        assertThat(node(view, "rcp-b").type()).isEqualTo("Organ");
        assertThat(view.edges()).anySatisfy(edge -> {
            assertThat(edge.source()).isEqualTo("kossior-vladimir");
            assertThat(edge.target()).isEqualTo("rcp-b");
            assertThat(edge.type()).isEqualTo("CRITICIZED");
            assertThat(edge.criticismId()).isEqualTo("kossior-1922-congress-11");
            assertThat(edge.date()).isEqualTo("1922-03-27/1922-04-02");
            assertThat(edge.earliest()).isEqualTo(LocalDate.of(1922, 3, 27));
            assertThat(edge.latest()).isEqualTo(LocalDate.of(1922, 4, 2));
        });
        assertThat(view.truncated()).isFalse();
    }

    @Test
    void by_default_it_draws_the_actor_relationships_never_sources_and_every_edge_joins_two_of_its_nodes() {
        GraphView view = get("/api/graph/network");

        Set<String> ids = ids(view);
        assertThat(view.nodes()).extracting(GraphView.Node::type).doesNotContain("Source");
        assertThat(view.edges())
                .extracting(GraphView.Edge::type)
                .containsOnly(
                        "CRITICIZED",
                        "RECEIVED",
                        "IMPOSED_BY",
                        "FROM",
                        "TO",
                        "MEMBER_OF",
                        "DECIDED",
                        "GROUNDS",
                        "SIGNED",
                        "ACCUSED");
        assertThat(view.edges()).allSatisfy(edge -> assertThat(ids).contains(edge.source(), edge.target()));
        assertThat(view.edges()).extracting(GraphView.Edge::id).doesNotHaveDuplicates();
        assertThat(ids).hasSize(view.nodes().size());
        // every node is the end of some edge: the network is made of its relationships
        Set<String> ends = view.edges().stream()
                .flatMap(e -> Stream.of(e.source(), e.target()))
                .collect(Collectors.toSet());
        assertThat(ends).isEqualTo(ids);
        assertThat(view.edges())
                .filteredOn(e -> e.type().equals("CRITICIZED"))
                .allSatisfy(e -> assertThat(e.criticismId()).isNotBlank());
    }

    @Test
    void a_person_carries_the_factions_they_belonged_to_from_member_of() {
        GraphView view = get("/api/graph/network");

        assertThat(node(view, "shlyapnikov-alexander")).satisfies(shlyapnikov -> {
            assertThat(shlyapnikov.factions()).contains("workers-opposition");
            assertThat(shlyapnikov.faction()).isEqualTo(shlyapnikov.factions().get(0));
        });
        assertThat(node(view, "trotsky-leon").factions()).containsExactly("left-opposition", "united-opposition");
        assertThat(node(view, "workers-opposition").factions()).isNull(); // only persons have factions
        assertThat(node(view, "kossior-expulsion-1928")).satisfies(penalty -> {
            assertThat(penalty.type()).isEqualTo("Penalty");
            assertThat(penalty.kind()).isEqualTo("EXPULSION");
            assertThat(penalty.outcome()).isEqualTo("APPLIED");
        });
        assertThat(view.edges())
                .filteredOn(e -> e.type().equals("MEMBER_OF") && e.source().equals("kossior-vladimir"))
                .extracting(e -> e.target() + ":" + e.role())
                .containsExactlyInAnyOrder("trud:editor", "left-opposition:member");
    }

    @Test
    void the_window_1936_to_1938_keeps_only_what_can_overlap_it_and_leaves_out_the_criticisms_of_1921() {
        GraphView whole = get("/api/graph/network?from=1918&to=1938");
        GraphView late = get("/api/graph/network?from=1936&to=1938");

        Set<String> criticisms1921 = whole.edges().stream()
                .filter(e -> e.type().equals("CRITICIZED")
                        && e.latest() != null
                        && e.latest().getYear() == 1921)
                .map(GraphView.Edge::criticismId)
                .collect(Collectors.toSet());
        assertThat(criticisms1921).contains("kollontai-1921-kronstadt", "lenin-1921-kollontai-kronstadt");
        assertThat(late.edges()).extracting(GraphView.Edge::criticismId).doesNotContainAnyElementsOf(criticisms1921);

        assertThat(late.nodes().size()).isPositive().isLessThan(whole.nodes().size());
        assertThat(late.edges().size()).isLessThan(whole.edges().size());
        Map<String, GraphView.Node> nodes =
                late.nodes().stream().collect(Collectors.toMap(GraphView.Node::id, Function.identity()));
        assertThat(late.edges()).allSatisfy(edge -> {
            assertThat(canOverlap(edge.earliest(), edge.latest())).as(edge.id()).isTrue();
            assertThat(canOverlap(
                            nodes.get(edge.source()).earliest(),
                            nodes.get(edge.source()).latest()))
                    .as(edge.source())
                    .isTrue();
            assertThat(canOverlap(
                            nodes.get(edge.target()).earliest(),
                            nodes.get(edge.target()).latest()))
                    .as(edge.target())
                    .isTrue();
        });
        // Kossior was shot in March 1938: he is there, with his execution
        assertThat(ids(late)).contains("kossior-vladimir", "kossior-execution-1938");
        assertThat(late.edges()).noneSatisfy(e -> assertThat(e.criticismId()).isEqualTo("kossior-1922-congress-11"));
    }

    @Test
    void rel_narrows_the_network_to_the_types_named() {
        GraphView criticisms = get("/api/graph/network?rel=CRITICIZED");

        assertThat(criticisms.edges())
                .isNotEmpty()
                .extracting(GraphView.Edge::type)
                .containsOnly("CRITICIZED");
        assertThat(criticisms.nodes()).extracting(GraphView.Node::type).doesNotContain("Penalty", "Source");
        GraphView made = get("/api/graph/network?rel=MADE,TARGETS");
        assertThat(made.nodes()).extracting(GraphView.Node::type).contains("Criticism", "Person");
    }

    @Test
    void more_nodes_than_max_nodes_keeps_the_best_connected_and_says_truncated() {
        GraphView whole = get("/api/graph/network");
        GraphView top = get("/api/graph/network?maxNodes=10");

        assertThat(top.truncated()).isTrue();
        assertThat(top.nodes()).hasSize(10);
        Set<String> ids = ids(top);
        assertThat(top.edges()).isNotEmpty().allSatisfy(edge -> assertThat(ids).contains(edge.source(), edge.target()));
        Map<String, Long> degree = whole.edges().stream()
                .flatMap(e -> Stream.of(e.source(), e.target()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long weakestKept = ids.stream().mapToLong(degree::get).min().orElseThrow();
        long strongestLeftOut = degree.entrySet().stream()
                .filter(e -> !ids.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .max()
                .orElseThrow();
        assertThat(weakestKept).isGreaterThanOrEqualTo(strongestLeftOut);
        assertThat(whole.truncated()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "/api/graph/network?from=19x, from",
        "/api/graph/network?to=1938-13, to",
        "/api/graph/network?from=1938&to=1936, to",
        "/api/graph/network?maxNodes=0, maxNodes",
        "/api/graph/network?maxNodes=5001, maxNodes",
        "/api/graph/network?maxNodes=many, maxNodes",
        "/api/graph/network?rel=CITES, rel",
        "/api/graph/network?rel=AT, rel",
    })
    void bad_input_is_a_400_problem_naming_the_parameter(String uri, String parameter) {
        ApiProblem problem = problem(uri);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.parameter()).isEqualTo(parameter);
        assertThat(problem.detail()).isNotBlank();
        assertThat(problem.accepted()).isNotEmpty();
    }

    @Test
    void rel_accepts_the_actor_relationships_only() {
        assertThat(problem("/api/graph/network?rel=CRITICIZED,AUTHORED").accepted())
                .containsExactlyElementsOf(RelTypes.ACTOR);
    }

    private static boolean canOverlap(LocalDate earliest, LocalDate latest) {
        return (earliest == null || !earliest.isAfter(WINDOW_END))
                && (latest == null || !latest.isBefore(WINDOW_START));
    }

    private GraphView get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), GraphView.class);
    }

    private ApiProblem problem(String uri) {
        return new Api(http, json).problem(uri, 400);
    }

    private static GraphView.Node node(GraphView view, String id) {
        return view.nodes().stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no node " + id));
    }

    private static Set<String> ids(GraphView view) {
        return view.nodes().stream().map(GraphView.Node::id).collect(Collectors.toSet());
    }
}

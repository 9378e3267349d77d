package org.dissentgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.support.TestNeo4j;
import org.dissentgraph.web.ApiProblem;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The graph endpoints against the bundled dataset: answers that hold for facts already in it. */
@MicronautTest
class GraphApiIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Inject
    CentralityService centralityService;

    @Inject
    GraphRepository repository;

    // --- ego -------------------------------------------------------------------------------------

    @Test
    void the_ego_view_of_kossior_at_depth_one_holds_his_criticism_and_its_target() {
        GraphView view = get("/api/graph/ego/kossior-vladimir", GraphView.class);

        assertThat(view.nodes().get(0).id()).isEqualTo("kossior-vladimir");
        assertThat(view.nodes().get(0).type()).isEqualTo("Person");
        assertThat(ids(view)).contains("kossior-1922-congress-11", "rcp-b");
        assertThat(view.edges()).anySatisfy(edge -> {
            assertThat(edge.type()).isEqualTo("CRITICIZED");
            assertThat(edge.source()).isEqualTo("kossior-vladimir");
            assertThat(edge.target()).isEqualTo("rcp-b");
            assertThat(edge.date()).isEqualTo("1922-03-27/1922-04-02");
            assertThat(edge.earliest()).isEqualTo(LocalDate.of(1922, 3, 27));
        });
        assertThat(view.truncated()).isFalse();
    }

    @Test
    void the_ego_view_of_a_criticism_with_its_venue_is_exactly_its_critic_target_and_meeting() {
        GraphView view = get("/api/graph/ego/kossior-1922-congress-11?rel=MADE,TARGETS,AT", GraphView.class);

        assertThat(view.nodes())
                .extracting(n -> n.id() + " " + n.type())
                .containsExactly(
                        "kossior-1922-congress-11 Criticism",
                        "congress-11 Congress",
                        "kossior-vladimir Person",
                        "rcp-b Organ");
        assertThat(view.edges())
                .extracting(e -> e.source() + " " + e.type() + " " + e.target())
                .containsExactly(
                        "kossior-1922-congress-11 AT congress-11",
                        "kossior-1922-congress-11 TARGETS rcp-b",
                        "kossior-vladimir MADE kossior-1922-congress-11");
        assertThat(view.edges())
                .extracting(GraphView.Edge::id)
                .containsExactly(
                        "kossior-1922-congress-11|AT|congress-11",
                        "kossior-1922-congress-11|TARGETS|rcp-b",
                        "kossior-vladimir|MADE|kossior-1922-congress-11");
        assertThat(view.nodes().get(0))
                .isEqualTo(new GraphView.Node(
                        "kossior-1922-congress-11",
                        "Criticism",
                        "Vladimir Kossior → Russian Communist Party (Bolsheviks) (1922-03-27/1922-04-02)",
                        null,
                        LocalDate.of(1922, 3, 27),
                        LocalDate.of(1922, 4, 2)));
        assertThat(view.truncated()).isFalse();
    }

    @Test
    void every_edge_of_an_ego_view_joins_two_of_its_nodes() {
        GraphView view = get("/api/graph/ego/trotsky-leon?depth=2", GraphView.class);

        Set<String> ids = ids(view);
        assertThat(view.edges())
                .isNotEmpty()
                .allSatisfy(edge -> assertThat(ids).contains(edge.source(), edge.target()));
        assertThat(view.edges()).extracting(GraphView.Edge::id).doesNotHaveDuplicates();
    }

    @Test
    void a_person_in_an_ego_view_carries_a_faction() {
        GraphView view = get("/api/graph/ego/kollontai-alexandra?at=1921-01", GraphView.class);

        assertThat(view.nodes().get(0).faction()).isEqualTo("workers-opposition");
    }

    @Test
    void a_hub_is_cut_to_max_nodes_and_says_it_was_truncated() {
        GraphView view = get("/api/graph/ego/lenin-vladimir?maxNodes=2", GraphView.class);

        assertThat(view.truncated()).isTrue();
        assertThat(view.nodes()).hasSize(2);
        assertThat(view.nodes().get(0).id()).isEqualTo("lenin-vladimir");
    }

    @Test
    void a_cut_keeps_the_nearest_nodes_first() {
        Set<String> firstRing = ids(get("/api/graph/ego/central-committee?depth=1", GraphView.class));
        assertThat(firstRing).hasSizeGreaterThan(5);

        GraphView cut = get("/api/graph/ego/central-committee?depth=3&maxNodes=5", GraphView.class);

        assertThat(cut.truncated()).isTrue();
        assertThat(cut.nodes()).hasSize(5);
        assertThat(ids(cut)).isSubsetOf(firstRing);
    }

    @Test
    void an_ego_view_never_holds_a_source() {
        String everything = String.join(",", RelTypes.ACCEPTED);
        GraphView view = get("/api/graph/ego/trotsky-leon?depth=3&maxNodes=2000&rel=" + everything, GraphView.class);

        assertThat(view.nodes()).hasSizeGreaterThan(10);
        assertThat(view.nodes()).extracting(GraphView.Node::type).doesNotContain("Source");
        assertThat(view.edges()).extracting(GraphView.Edge::type).doesNotContain("CITES");
    }

    @Test
    void meetings_are_reached_only_when_rel_names_their_relationships() {
        GraphView actors = get("/api/graph/ego/kossior-1922-congress-11", GraphView.class);
        GraphView withVenue = get("/api/graph/ego/kossior-1922-congress-11?rel=MADE,TARGETS,AT", GraphView.class);

        assertThat(ids(actors)).doesNotContain("congress-11");
        assertThat(ids(withVenue)).contains("congress-11", "kossior-vladimir");
    }

    @Test
    void an_ego_view_at_a_date_keeps_only_what_can_include_that_date() {
        LocalDate at = LocalDate.of(1921, 6, 1);
        GraphView all = get("/api/graph/ego/trotsky-leon", GraphView.class);
        GraphView then = get("/api/graph/ego/trotsky-leon?at=1921-06-01", GraphView.class);

        assertThat(ids(all)).contains("trotsky-expulsion-1927", "politburo");
        assertThat(ids(then)).contains("politburo").doesNotContain("trotsky-expulsion-1927");
        assertThat(then.nodes().subList(1, then.nodes().size())).allSatisfy(node -> {
            assertThat(node.earliest() == null || !node.earliest().isAfter(at))
                    .as(node.id())
                    .isTrue();
            assertThat(node.latest() == null || !node.latest().isBefore(at))
                    .as(node.id())
                    .isTrue();
        });
        assertThat(then.edges())
                .allSatisfy(edge -> assertThat(
                                edge.latest() == null || !edge.latest().isBefore(at))
                        .as(edge.id())
                        .isTrue());
    }

    @Test
    void an_unknown_node_is_a_404_problem() {
        ApiProblem problem = problem("/api/graph/ego/no-such-person", 404);

        assertThat(problem.detail()).contains("no-such-person");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
        "/api/graph/ego/kossior-vladimir?depth=4, depth",
        "/api/graph/ego/kossior-vladimir?depth=0, depth",
        "/api/graph/ego/kossior-vladimir?depth=abc, depth",
        "/api/graph/ego/kossior-vladimir?maxNodes=2001, maxNodes",
        "/api/graph/ego/kossior-vladimir?maxNodes=-1, maxNodes",
        "/api/graph/ego/kossior-vladimir?at=1921-13-01, at",
        "/api/graph/ego/kossior-vladimir?rel=CITES, rel",
        "/api/graph/ego/kossior-vladimir?rel=CRITICIZED%2CLIKED, rel",
        "/api/graph/ego/Kossior%20Vladimir, id",
        "/api/paths?from=kollontai-alexandra, to",
        "/api/paths?to=stalin-joseph, from",
        "/api/paths?from=kollontai-alexandra&to=stalin-joseph&maxLength=11, maxLength",
        "/api/paths?from=kollontai-alexandra&to=stalin-joseph&maxLength=0, maxLength",
        "/api/paths?from=kollontai-alexandra&to=stalin-joseph&at=June, at",
        "/api/paths?from=kollontai-alexandra&to=kollontai-alexandra, to",
        "/api/snapshot, at",
        "/api/snapshot?at=, at",
        "/api/snapshot?at=1921-02-30, at",
        "/api/snapshot?at=1921/.., at",
        "/api/analytics/centrality?metric=closeness, metric",
        "/api/analytics/centrality?limit=0, limit",
        "/api/analytics/centrality?limit=-5, limit",
        "/api/analytics/centrality?limit=100000, limit",
        "/api/analytics/centrality?rel=CITES, rel",
    })
    void bad_input_is_a_400_problem_naming_the_parameter(String uri, String parameter) {
        ApiProblem problem = problem(uri, 400);

        assertThat(problem.parameter()).isEqualTo(parameter);
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.detail()).isNotBlank();
    }

    @Test
    void a_depth_above_three_is_refused_naming_depth_and_its_range() {
        ApiProblem problem = problem("/api/graph/ego/kossior-vladimir?depth=4", 400);

        assertThat(problem.parameter()).isEqualTo("depth");
        assertThat(problem.accepted()).containsExactly("1..3");
    }

    @Test
    void an_unknown_relationship_type_is_refused_listing_the_accepted_ones() {
        ApiProblem problem = problem("/api/graph/ego/kossior-vladimir?rel=CITES", 400);

        assertThat(problem.accepted())
                .contains("CRITICIZED", "MEMBER_OF", "AT", "AUTHORED")
                .doesNotContain("CITES");
    }

    // --- paths -----------------------------------------------------------------------------------

    @Test
    void kollontai_and_stalin_are_linked_by_paths_whose_every_step_is_cited() {
        PathsView view = get("/api/paths?from=kollontai-alexandra&to=stalin-joseph", PathsView.class);

        assertThat(view.found()).isTrue();
        assertThat(view.from().id()).isEqualTo("kollontai-alexandra");
        assertThat(view.to().id()).isEqualTo("stalin-joseph");
        assertThat(view.paths()).isNotEmpty().hasSizeLessThanOrEqualTo(GraphService.MAX_PATHS);
        int shortest = view.paths().get(0).length();
        assertThat(shortest).isBetween(1, 6);
        for (PathsView.Path path : view.paths()) {
            assertThat(path.length()).isEqualTo(shortest).isEqualTo(path.steps().size());
            assertThat(path.steps().get(0).from().id()).isEqualTo("kollontai-alexandra");
            assertThat(path.steps().get(path.steps().size() - 1).to().id()).isEqualTo("stalin-joseph");
            for (int i = 1; i < path.steps().size(); i++) {
                assertThat(path.steps().get(i).from())
                        .isEqualTo(path.steps().get(i - 1).to());
            }
            assertThat(path.steps()).allSatisfy(step -> {
                assertThat(step.relationshipId()).isNotBlank();
                assertThat(RelTypes.ACTOR).contains(step.type());
                assertThat(step.citations())
                        .as(step.relationshipId())
                        .isNotEmpty()
                        .allSatisfy(c -> assertThat(c.sourceId()).isNotBlank());
            });
        }
    }

    @Test
    void the_path_through_lenin_carries_the_two_criticisms_with_their_dates_and_quotes() {
        // within 1921-1923: over the whole period the ten shortest paths go through the Central Committee
        PathsView view = get("/api/paths?from=kollontai-alexandra&to=stalin-joseph&at=1921/1923", PathsView.class);

        assertThat(view.paths()).anySatisfy(path -> {
            assertThat(path.steps()).extracting(PathsView.Step::type).containsExactly("CRITICIZED", "CRITICIZED");
            PathsView.Step first = path.steps().get(0);
            assertThat(first.to().id()).isEqualTo("lenin-vladimir");
            assertThat(first.forward()).isTrue();
            assertThat(first.quote()).contains("Kronstadt");
            assertThat(first.date().earliest()).isEqualTo(LocalDate.of(1921, 3, 8));
            assertThat(path.steps().get(1).date().edtf()).isEqualTo("1923-01-04");
        });
    }

    @Test
    void a_membership_step_cites_the_sources_named_on_the_membership() {
        PathsView view = get("/api/paths?from=trotsky-leon&to=politburo&maxLength=1", PathsView.class);

        assertThat(view.paths())
                .isNotEmpty()
                .allSatisfy(path -> assertThat(path.steps())
                        .singleElement()
                        .extracting(PathsView.Step::type)
                        .isEqualTo("MEMBER_OF"));
        assertThat(view.paths()).anySatisfy(path -> {
            PathsView.Step step = path.steps().get(0);
            assertThat(step.forward()).isTrue();
            assertThat(step.quote()).contains("Politburo");
            assertThat(step.date().edtf()).isEqualTo("1919-03/1926-10-23");
            assertThat(step.citations())
                    .extracting(Citation::sourceId)
                    .contains("piglix-trotsky", "mia-glossary-politburo");
            assertThat(step.citations()).allSatisfy(c -> assertThat(c.title()).isNotBlank());
        });
    }

    @Test
    void when_no_path_is_short_enough_paths_is_empty_and_found_is_false() {
        PathsView view = get("/api/paths?from=kollontai-alexandra&to=stalin-joseph&maxLength=1", PathsView.class);

        assertThat(view.found()).isFalse();
        assertThat(view.paths()).isEmpty();
        assertThat(view.message()).contains("No path");
    }

    @Test
    void a_path_between_unknown_ids_is_a_404_problem() {
        assertThat(problem("/api/paths?from=kollontai-alexandra&to=nobody-at-all", 404)
                        .detail())
                .contains("nobody-at-all");
        assertThat(problem("/api/paths?from=nobody-at-all&to=stalin-joseph", 404)
                        .detail())
                .contains("nobody-at-all");
    }

    // --- snapshot --------------------------------------------------------------------------------

    @Test
    void in_january_1921_the_workers_opposition_leaders_certainly_belonged_to_it() {
        Snapshot snapshot = get("/api/snapshot?at=1921-01-15", Snapshot.class);

        Snapshot.Group group = group(snapshot, "workers-opposition");
        Map<String, Snapshot.Member> members = group.members().stream()
                .collect(Collectors.toMap(m -> m.person().id(), Function.identity(), (a, b) -> a));
        assertThat(members).containsKeys("kollontai-alexandra", "shlyapnikov-alexander");
        assertThat(members.get("kollontai-alexandra").certainty()).isEqualTo("certainly");
        assertThat(members.get("kollontai-alexandra").role()).isEqualTo("leader");
        assertThat(members.get("kollontai-alexandra").date()).isEqualTo("1920/1921-03");
        assertThat(members.get("kollontai-alexandra").citations())
                .extracting(Citation::sourceId)
                .contains("wp-workers-opposition");
    }

    @Test
    void in_mid_1920_the_workers_opposition_membership_is_only_possible() {
        Snapshot snapshot = get("/api/snapshot?at=1920-06-01", Snapshot.class);

        assertThat(group(snapshot, "workers-opposition").members())
                .filteredOn(m -> m.person().id().equals("kollontai-alexandra"))
                .singleElement()
                .extracting(Snapshot.Member::certainty)
                .isEqualTo("possibly");
    }

    @Test
    void
            in_june_1921_the_politburo_held_trotsky_certainly_and_krestinsky_possibly_and_the_workers_opposition_was_gone() {
        Snapshot snapshot = get("/api/snapshot?at=1921-06-01", Snapshot.class);

        assertThat(snapshot.at()).isEqualTo("1921-06-01");
        assertThat(snapshot.groups()).extracting(g -> g.group().id()).doesNotContain("workers-opposition");
        Map<String, String> politburo = group(snapshot, "politburo").members().stream()
                .collect(Collectors.toMap(m -> m.person().id(), Snapshot.Member::certainty, (a, b) -> a));
        assertThat(politburo)
                .containsEntry("trotsky-leon", "certainly")
                .containsEntry("zinoviev-grigory", "certainly")
                .containsEntry("krestinsky-nikolay", "possibly")
                .doesNotContainKey("bukharin-nikolai");
        assertThat(snapshot.groups())
                .allSatisfy(g -> assertThat(g.members()).allSatisfy(m -> {
                    assertThat(m.certainty()).isIn("certainly", "possibly");
                    assertThat(m.citations()).isNotEmpty();
                }));
    }

    // --- centrality ------------------------------------------------------------------------------

    @Test
    void degree_centrality_ranks_someone_who_criticized_or_was_criticized_first() {
        Centrality result = get("/api/analytics/centrality?metric=degree", Centrality.class);

        assertThat(result.metric()).isEqualTo("degree");
        assertThat(result.rel()).containsExactly("CRITICIZED");
        assertThat(result.scores()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
        assertThat(result.scores())
                .extracting(Centrality.Score::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(result.scores().get(0).score()).isGreaterThanOrEqualTo(4);
        Map<String, Double> scores =
                result.scores().stream().collect(Collectors.toMap(s -> s.node().id(), Centrality.Score::score));
        // Kollontai criticized Lenin, the CC and the Soviet government, and Lenin criticized her
        assertThat(scores.get("kollontai-alexandra")).isGreaterThanOrEqualTo(4);
    }

    @Test
    void centrality_is_computed_once_per_version_of_the_data() {
        Centrality first = get("/api/analytics/centrality?metric=pagerank&limit=5", Centrality.class);
        Centrality second = get("/api/analytics/centrality?metric=pagerank&limit=5", Centrality.class);

        assertThat(second).isEqualTo(first);
        assertThat(centralityService.scores("pagerank", List.of("CRITICIZED"), At.ANY))
                .isSameAs(centralityService.scores("pagerank", List.of("CRITICIZED"), At.ANY));
    }

    @Test
    void betweenness_and_pagerank_score_the_nodes_of_the_chosen_network() {
        Centrality betweenness = get(
                "/api/analytics/centrality?metric=betweenness&rel=CRITICIZED,MEMBER_OF&limit=1000", Centrality.class);
        Centrality pagerank = get("/api/analytics/centrality?metric=PageRank&limit=3", Centrality.class);

        assertThat(betweenness.rel()).containsExactly("CRITICIZED", "MEMBER_OF");
        assertThat(betweenness.scores()).hasSize(betweenness.nodes());
        assertThat(betweenness.scores()).extracting(s -> s.node().id()).contains("politburo", "stalin-joseph");
        assertThat(betweenness.scores().get(0).score()).isPositive();
        assertThat(pagerank.metric()).isEqualTo("pagerank");
        assertThat(pagerank.scores()).hasSize(3);
        assertThat(pagerank.scores()).allSatisfy(s -> assertThat(s.node()).isInstanceOf(Ref.class));
    }

    @Test
    void centrality_says_whether_it_is_directed_and_normalised_and_where_it_ran() {
        Centrality degree = get("/api/analytics/centrality?metric=degree&limit=1", Centrality.class);
        Centrality betweenness = get("/api/analytics/centrality?metric=betweenness&limit=1", Centrality.class);

        assertThat(degree.directed()).isFalse();
        assertThat(betweenness.directed()).isTrue();
        assertThat(degree.normalised()).isFalse();
        assertThat(betweenness.normalised()).isFalse();
        assertThat(betweenness.sampledSources()).isNull();
        assertThat(degree.engine()).isIn("gds", "in-service");
        assertThat(degree.engine())
                .as(
                        "auto: the bundled dataset is below dissent.analytics.gds-min-edges, so it is computed in the service")
                .isEqualTo("in-service");
    }

    @Test
    void centrality_from_to_keeps_only_relationships_that_can_overlap_the_window() {
        Centrality all = get("/api/analytics/centrality?metric=degree&limit=1000", Centrality.class);
        Centrality early =
                get("/api/analytics/centrality?metric=degree&from=1918&to=1921&limit=1000", Centrality.class);
        Centrality late = get("/api/analytics/centrality?metric=degree&from=1936&limit=1000", Centrality.class);

        assertThat(early.window()).isEqualTo("1918/1921");
        assertThat(late.window()).isEqualTo("1936/..");
        assertThat(early.edges()).isPositive().isLessThan(all.edges());
        assertThat(late.edges()).isLessThan(all.edges());
        Map<String, Double> earlyScores = byId(early);
        // Kollontai's criticisms of 1921 are in the early window; Kossior's of 1922 (11th congress) are not
        assertThat(earlyScores).containsKey("kollontai-alexandra").doesNotContainKey("kossior-vladimir");
        assertThat(problem("/api/analytics/centrality?from=1930&to=1920", 400).parameter())
                .isEqualTo("to");
    }

    @Test
    void on_gds_too_betweenness_beyond_the_exact_budget_is_sampled_and_scaled_by_nodes_over_samples() {
        Assumptions.assumeFalse(TestNeo4j.usesContainer(), "the container image has no Graph Data Science");
        List<String> rels = List.of("CRITICIZED", "MEMBER_OF");
        CentralityService.Scores exact = new CentralityService(
                        repository, Duration.ofSeconds(60), "gds", 2_000_000, 50_000, 5000, 500)
                .scores("betweenness", rels, At.ANY);
        CentralityService.Scores sampled = new CentralityService(
                        repository, Duration.ofSeconds(60), "gds", 2_000_000, 50_000, 50, 40)
                .scores("betweenness", rels, At.ANY);

        assertThat(exact.sampledSources()).isNull();
        assertThat(sampled.sampledSources()).isEqualTo(40);
        assertThat(sampled.nodes()).isEqualTo(exact.nodes()).isGreaterThan(50);
        double exactSum =
                exact.scores().stream().mapToDouble(Centrality.Score::score).sum();
        double sampledSum =
                sampled.scores().stream().mapToDouble(Centrality.Score::score).sum();
        System.out.printf(
                "GraphApiIT: betweenness sum exact %.1f, from 40 sources scaled %.1f%n", exactSum, sampledSum);
        assertThat(sampledSum).as("scaled to the whole network").isBetween(exactSum / 4, exactSum * 4);
    }

    @Test
    void gds_and_the_in_service_fallback_agree_on_the_bundled_data() {
        Assumptions.assumeFalse(TestNeo4j.usesContainer(), "the container image has no Graph Data Science");
        CentralityService gds =
                new CentralityService(repository, Duration.ofSeconds(60), "gds", 2_000_000, 50_000, 5000, 500);
        CentralityService service =
                new CentralityService(repository, Duration.ofSeconds(60), "in-service", 2_000_000, 50_000, 5000, 500);
        List<String> rels = List.of("CRITICIZED", "MEMBER_OF");
        for (String metric : CentralityService.METRICS) {
            CentralityService.Scores onGds = gds.scores(metric, rels, At.ANY);
            CentralityService.Scores inService = service.scores(metric, rels, At.ANY);
            assertThat(onGds.engine()).isEqualTo("gds");
            assertThat(inService.engine()).isEqualTo("in-service");
            assertThat(onGds.nodes()).as(metric + " nodes").isEqualTo(inService.nodes());
            assertThat(onGds.edges()).as(metric + " edges").isEqualTo(inService.edges());
            Map<String, Double> expected = inService.scores().stream()
                    .collect(Collectors.toMap(s -> s.node().id(), Centrality.Score::score));
            assertThat(onGds.scores())
                    .hasSize(expected.size())
                    .allSatisfy(s -> assertThat(s.score())
                            .as(metric + " of " + s.node().id())
                            .isCloseTo(
                                    expected.get(s.node().id()),
                                    org.assertj.core.data.Offset.offset(1e-4
                                            * Math.max(
                                                    1,
                                                    Math.abs(expected.get(
                                                            s.node().id()))))));
        }
        CentralityService.Partition onGds = gds.partition(rels, At.ANY);
        CentralityService.Partition inService = service.partition(rels, At.ANY);
        assertThat(onGds.nodes()).isEqualTo(inService.nodes());
        assertThat(onGds.edges()).isEqualTo(inService.edges());
        // Louvain finds a local optimum that depends on visiting order: partitions may differ,
        // but both are good ones of about the same modularity
        assertThat(inService.modularity()).isGreaterThan(0.2);
        assertThat(onGds.modularity()).isCloseTo(inService.modularity(), org.assertj.core.data.Offset.offset(0.05));
    }

    @Test
    void communities_group_the_network_largest_first_with_its_modularity() {
        Communities communities =
                get("/api/analytics/communities?rel=CRITICIZED,MEMBER_OF&limit=1000", Communities.class);

        assertThat(communities.algorithm()).isEqualTo("louvain");
        assertThat(communities.directed()).isFalse();
        assertThat(communities.modularity()).isBetween(0.2, 1.0);
        assertThat(communities.count())
                .isGreaterThan(1)
                .isEqualTo(communities.communities().size());
        assertThat(communities.communities())
                .extracting(Communities.Community::size)
                .isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(communities.communities().stream()
                        .mapToInt(Communities.Community::size)
                        .sum())
                .isEqualTo(communities.nodes());
        assertThat(communities.communities().get(0).rank()).isEqualTo(1);
        Communities early = get("/api/analytics/communities?from=1920&to=1922&limit=1", Communities.class);
        assertThat(early.window()).isEqualTo("1920/1922");
        assertThat(early.communities()).hasSize(1);
        assertThat(early.edges()).isLessThan(communities.edges());
    }

    private static Map<String, Double> byId(Centrality centrality) {
        return centrality.scores().stream()
                .collect(Collectors.toMap(s -> s.node().id(), Centrality.Score::score));
    }

    // --- helpers ---------------------------------------------------------------------------------

    private <T> T get(String uri, Class<T> type) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri), type);
    }

    private ApiProblem problem(String uri, int status) {
        return new Api(http, json).problem(uri, status);
    }

    private static Set<String> ids(GraphView view) {
        return view.nodes().stream().map(GraphView.Node::id).collect(Collectors.toSet());
    }

    private static Snapshot.Group group(Snapshot snapshot, String id) {
        return snapshot.groups().stream()
                .filter(g -> g.group().id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no group " + id + " in "
                        + snapshot.groups().stream().map(g -> g.group().id()).toList()));
    }
}

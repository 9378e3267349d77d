package org.dissentgraph.graph;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.dissentgraph.model.Ref;
import org.dissentgraph.neo4j.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Centrality and communities of a network projected from Neo4j. On a server with Neo4j Graph
 * Data Science (the in-process server always has it) they run there, bounded by the transaction
 * timeout ({@code dissent.query-timeout}); GDS stops when its transaction is terminated. Without
 * GDS ({@code NEO4J_URI} to a plain server) they run here ({@link Algorithms}), under the same
 * deadline, checked as they go, and within a size budget: more than
 * {@code dissent.analytics.max-edges} relationships are refused (503), and betweenness over more
 * than {@code dissent.analytics.exact-betweenness-nodes} nodes is sampled.
 *
 * <p>Results are kept per version of the data (the newest finished import), engine, metric,
 * relationship types and window, and dropped when a newer import appears.
 */
@Singleton
final class CentralityService {

    private static final Logger LOG = LoggerFactory.getLogger(CentralityService.class);

    static final List<String> METRICS = List.of("degree", "betweenness", "pagerank");

    /** More distinct requests than this within one data version clear the cache rather than grow it. */
    private static final int MAX_ENTRIES = 64;

    private static final int MAX_MEMBERS = 100;

    private record Key(String version, String engine, String what, List<String> rels, At window) {}

    /** All scores of one network, highest first. */
    record Scores(List<Centrality.Score> scores, int nodes, int edges, String engine, Integer sampledSources) {}

    /** Every node's community (ranked by size, 1 = largest). */
    record Partition(List<Communities.Community> communities, int nodes, int edges, double modularity, String engine) {}

    private final GraphRepository repository;
    private final Duration timeout;
    private final String engine;
    private final long maxEdges;
    private final long gdsMinEdges;
    private final int exactBetweennessNodes;
    private final int betweennessSamples;
    private final Map<Key, Object> cache = new ConcurrentHashMap<>();
    private volatile Boolean gds;

    CentralityService(
            GraphRepository repository,
            @Value("${dissent.query-timeout:10s}") Duration timeout,
            @Value("${dissent.analytics.engine:auto}") String engine,
            @Value("${dissent.analytics.max-edges:2000000}") long maxEdges,
            @Value("${dissent.analytics.gds-min-edges:50000}") long gdsMinEdges,
            @Value("${dissent.analytics.exact-betweenness-nodes:5000}") int exactBetweennessNodes,
            @Value("${dissent.analytics.betweenness-samples:500}") int betweennessSamples) {
        this.repository = repository;
        this.timeout = timeout;
        if (!List.of("auto", "gds", "in-service").contains(engine)) {
            throw new IllegalArgumentException(
                    "dissent.analytics.engine must be auto, gds or in-service, not '" + engine + "'");
        }
        this.engine = engine;
        this.maxEdges = maxEdges;
        this.gdsMinEdges = gdsMinEdges;
        this.exactBetweennessNodes = exactBetweennessNodes;
        this.betweennessSamples = betweennessSamples;
    }

    Centrality centrality(String metric, List<String> rels, At window, int limit) {
        Scores all = scores(metric, rels, window);
        return new Centrality(
                metric,
                rels,
                window.text(),
                all.nodes(),
                all.edges(),
                !metric.equals("degree"),
                false,
                all.engine(),
                all.sampledSources(),
                all.scores().subList(0, Math.min(limit, all.scores().size())));
    }

    Communities communities(List<String> rels, At window, int limit) {
        Partition partition = partition(rels, window);
        return new Communities(
                "louvain",
                rels,
                window.text(),
                partition.nodes(),
                partition.edges(),
                false,
                partition.modularity(),
                partition.communities().size(),
                partition.engine(),
                partition
                        .communities()
                        .subList(0, Math.min(limit, partition.communities().size())));
    }

    /** The scores for this version of the data, computed once per version, metric, types and window. */
    Scores scores(String metric, List<String> rels, At window) {
        List<String> types = rels.stream().sorted().toList();
        Deadline deadline = new Deadline(timeout);
        boolean onGds = useGds();
        return cached(
                new Key(null, onGds ? "gds" : "in-service", metric, types, window),
                Scores.class,
                () -> onGds ? gdsScores(metric, types, window) : serviceScores(metric, types, window, deadline));
    }

    Partition partition(List<String> rels, At window) {
        List<String> types = rels.stream().sorted().toList();
        Deadline deadline = new Deadline(timeout);
        boolean onGds = useGds();
        return cached(
                new Key(null, onGds ? "gds" : "in-service", "louvain", types, window),
                Partition.class,
                () -> onGds ? gdsPartition(types, window) : servicePartition(types, window, deadline));
    }

    private <T> T cached(Key unversioned, Class<T> type, java.util.function.Supplier<T> compute) {
        Optional<String> version = repository.datasetVersion();
        if (version.isEmpty()) {
            return compute.get(); // no import recorded: nothing tells when the data change
        }
        cache.keySet().removeIf(key -> !key.version().equals(version.get()));
        Key key = new Key(
                version.get(), unversioned.engine(), unversioned.what(), unversioned.rels(), unversioned.window());
        Object hit = cache.get(key);
        if (hit != null) {
            return type.cast(hit);
        }
        T value = compute.get(); // outside the map: a long computation must not lock other keys
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        cache.put(key, value);
        return value;
    }

    /**
     * Whether to run on GDS: {@code dissent.analytics.engine}; for auto, whether the server has it and
     * the database holds more than {@code dissent.analytics.gds-min-edges} relationships. Below that a
     * GDS projection costs more than the computation (the bundled dataset: ~2 s warm and over 10 s on
     * the first call of a cold server, against milliseconds in the service).
     */
    private boolean useGds() {
        if (!engine.equals("auto")) {
            return engine.equals("gds");
        }
        if (repository.relationshipCount() <= gdsMinEdges) {
            return false;
        }
        Boolean known = gds;
        if (known == null) {
            Optional<String> version = repository.gdsVersion();
            LOG.info(
                    "Analytics: {}",
                    version.map(v -> "on Graph Data Science " + v)
                            .orElse("in the service (the database has no Graph Data Science)"));
            known = version.isPresent();
            gds = known;
        }
        return known;
    }

    private Scores gdsScores(String metric, List<String> rels, At window) {
        String graph = "dissent-" + UUID.randomUUID();
        try {
            List<GraphRepository.GdsScore> rows =
                    repository.gdsCentrality(metric, rels, window, graph, exactBetweennessNodes, betweennessSamples);
            int nodes = rows.isEmpty() ? 0 : (int) rows.get(0).nodes();
            int edges = rows.isEmpty() ? 0 : (int) rows.get(0).edges();
            // sampled as in the service (GDS picks its sources by degree, the service uniformly), and scaled alike
            Integer sampled = metric.equals("betweenness") ? sampledSources(nodes) : null;
            double scale = sampled == null ? 1 : (double) nodes / sampled;
            List<Centrality.Score> ranked = new ArrayList<>();
            rows.forEach(row -> ranked.add(new Centrality.Score(row.node(), row.score() * scale)));
            sort(ranked);
            return new Scores(List.copyOf(ranked), nodes, edges, "gds", sampled);
        } finally {
            drop(graph);
        }
    }

    private Partition gdsPartition(List<String> rels, At window) {
        String graph = "dissent-" + UUID.randomUUID();
        try {
            List<GraphRepository.GdsCommunity> rows = repository.gdsLouvain(rels, window, graph);
            Map<Long, List<Ref>> groups = new HashMap<>();
            rows.forEach(row -> groups.computeIfAbsent(row.community(), c -> new ArrayList<>())
                    .add(row.node()));
            int nodes = rows.isEmpty() ? 0 : (int) rows.get(0).nodes();
            int edges = rows.isEmpty() ? 0 : (int) rows.get(0).edges();
            double modularity = rows.isEmpty() ? 0 : rows.get(0).modularity();
            return new Partition(ranked(groups.values()), nodes, edges, modularity, "gds");
        } finally {
            drop(graph);
        }
    }

    private void drop(String graph) {
        try {
            repository.dropGds(graph);
        } catch (RuntimeException e) {
            LOG.warn("Analytics: could not drop the GDS projection {}: {}", graph, e.getMessage());
        }
    }

    /** The network as arrays, for {@link Algorithms}, with the node behind every index. */
    private record Indexed(Algorithms.Net net, List<Ref> refs) {}

    private Indexed indexed(List<String> rels, At window, Deadline deadline) {
        List<GraphRepository.Link> links = repository.network(rels, window);
        deadline.check();
        if (links.size() > maxEdges) {
            throw new DatabaseUnavailable(
                    "The network has " + links.size() + " relationships, more than the " + maxEdges
                            + " the service computes analytics on without Graph Data Science"
                            + " (dissent.analytics.max-edges); narrow rel, from or to.",
                    null);
        }
        Map<String, Integer> index = new HashMap<>();
        List<Ref> refs = new ArrayList<>();
        int[] sources = new int[links.size()];
        int[] targets = new int[links.size()];
        for (int i = 0; i < links.size(); i++) {
            GraphRepository.Link link = links.get(i);
            sources[i] = index.computeIfAbsent(link.source().id(), id -> {
                refs.add(link.source());
                return refs.size() - 1;
            });
            targets[i] = index.computeIfAbsent(link.target().id(), id -> {
                refs.add(link.target());
                return refs.size() - 1;
            });
        }
        return new Indexed(new Algorithms.Net(refs.size(), sources, targets), refs);
    }

    private Scores serviceScores(String metric, List<String> rels, At window, Deadline deadline) {
        Indexed network = indexed(rels, window, deadline);
        Algorithms.Net net = network.net();
        Integer sampled = null;
        double[] scores = switch (metric) {
            case "degree" -> Algorithms.degree(net, deadline);
            case "betweenness" -> {
                sampled = sampledSources(net.nodes());
                yield Algorithms.betweenness(net, sampled == null ? net.nodes() : sampled, 42, deadline);
            }
            case "pagerank" -> Algorithms.pageRank(net, deadline);
            default -> throw new IllegalArgumentException("unknown metric " + metric);
        };
        List<Centrality.Score> ranked = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            ranked.add(new Centrality.Score(network.refs().get(i), scores[i]));
        }
        sort(ranked);
        return new Scores(List.copyOf(ranked), net.nodes(), net.edges(), "in-service", sampled);
    }

    /** How many sources betweenness over {@code nodes} nodes is estimated from, on either engine; null: exact. */
    private Integer sampledSources(int nodes) {
        return nodes > exactBetweennessNodes ? Math.min(betweennessSamples, nodes) : null;
    }

    private Partition servicePartition(List<String> rels, At window, Deadline deadline) {
        Indexed network = indexed(rels, window, deadline);
        int[] community = Algorithms.louvain(network.net(), deadline);
        Map<Integer, List<Ref>> groups = new HashMap<>();
        for (int i = 0; i < community.length; i++) {
            groups.computeIfAbsent(community[i], c -> new ArrayList<>())
                    .add(network.refs().get(i));
        }
        return new Partition(
                ranked(groups.values()),
                network.net().nodes(),
                network.net().edges(),
                Algorithms.modularity(network.net(), community),
                "in-service");
    }

    private static void sort(List<Centrality.Score> ranked) {
        ranked.sort(Comparator.comparingDouble(Centrality.Score::score)
                .reversed()
                .thenComparing(s -> s.node().id()));
    }

    /** Communities largest first (ties by their first member's id), members by id, at most 100 shown. */
    private static List<Communities.Community> ranked(java.util.Collection<List<Ref>> groups) {
        List<List<Ref>> sorted = new ArrayList<>();
        for (List<Ref> group : groups) {
            List<Ref> members = new ArrayList<>(group);
            members.sort(Comparator.comparing(Ref::id));
            sorted.add(members);
        }
        sorted.sort(Comparator.<List<Ref>>comparingInt(List::size)
                .reversed()
                .thenComparing(g -> g.get(0).id()));
        List<Communities.Community> communities = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            List<Ref> members = sorted.get(i);
            communities.add(new Communities.Community(
                    i + 1, members.size(), List.copyOf(members.subList(0, Math.min(MAX_MEMBERS, members.size())))));
        }
        return List.copyOf(communities);
    }

    /** The request's deadline: {@code dissent.query-timeout} from its start; an interrupt ends it too. */
    static final class Deadline implements Algorithms.Deadline {
        private final long end;

        Deadline(Duration timeout) {
            this.end = System.nanoTime() + timeout.toNanos();
        }

        @Override
        public void check() {
            if (System.nanoTime() - end > 0 || Thread.currentThread().isInterrupted()) {
                throw new DatabaseUnavailable(
                        "The computation took longer than allowed and was stopped; narrow the request"
                                + " (rel, from, to).",
                        null);
            }
        }
    }
}

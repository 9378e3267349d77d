package org.dissentgraph.graph;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dissentgraph.model.Ref;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.graph.SimpleDirectedGraph;

/**
 * Centrality of the nodes of a network projected from Neo4j, computed here with JGraphT so that
 * it works on any Neo4j, without plugins. Results are kept per version of the data (the newest
 * finished import) and dropped when a newer import appears.
 *
 * <ul>
 *   <li>{@code degree}: relationships at the node, both directions, each one counted (three
 *       criticisms of the same target count three);</li>
 *   <li>{@code betweenness}: shortest directed paths between other nodes that pass through the
 *       node, over distinct source→target pairs (unnormalized);</li>
 *   <li>{@code pagerank}: PageRank (damping 0.85) over the relationships, each one counted.</li>
 * </ul>
 */
@Singleton
final class CentralityService {

    static final List<String> METRICS = List.of("degree", "betweenness", "pagerank");

    /** More distinct requests than this within one data version clear the cache rather than grow it. */
    private static final int MAX_ENTRIES = 64;

    private record Key(String version, String metric, List<String> rels) {}

    /** All scores of one network, highest first. */
    record Scores(List<Centrality.Score> scores, int nodes, int edges) {}

    private final GraphRepository repository;
    private final Map<Key, Scores> cache = new ConcurrentHashMap<>();

    CentralityService(GraphRepository repository) {
        this.repository = repository;
    }

    Centrality centrality(String metric, List<String> rels, int limit) {
        Scores all = scores(metric, rels);
        return new Centrality(
                metric,
                rels,
                all.nodes(),
                all.edges(),
                all.scores().subList(0, Math.min(limit, all.scores().size())));
    }

    /** The scores for this version of the data, computed once per version, metric and relationship types. */
    Scores scores(String metric, List<String> rels) {
        List<String> types = rels.stream().sorted().toList();
        Optional<String> version = repository.datasetVersion();
        if (version.isEmpty()) {
            return compute(metric, types); // no import recorded: nothing tells when the data change
        }
        cache.keySet().removeIf(key -> !key.version().equals(version.get()));
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        return cache.computeIfAbsent(new Key(version.get(), metric, types), key -> compute(metric, types));
    }

    private Scores compute(String metric, List<String> rels) {
        List<GraphRepository.Link> links = repository.network(rels, At.ANY);
        Map<String, Ref> refs = new HashMap<>();
        Graph<String, DefaultEdge> graph = new DirectedPseudograph<>(DefaultEdge.class);
        for (GraphRepository.Link link : links) {
            refs.putIfAbsent(link.source().id(), link.source());
            refs.putIfAbsent(link.target().id(), link.target());
            graph.addVertex(link.source().id());
            graph.addVertex(link.target().id());
            graph.addEdge(link.source().id(), link.target().id());
        }
        Map<String, Double> scores = switch (metric) {
            case "degree" -> degree(graph);
            case "betweenness" -> new BetweennessCentrality<>(simple(graph)).getScores();
            case "pagerank" -> new PageRank<>(graph).getScores();
            default -> throw new IllegalArgumentException("unknown metric " + metric);
        };
        List<Centrality.Score> ranked = new ArrayList<>();
        scores.forEach((id, score) -> ranked.add(new Centrality.Score(refs.get(id), score)));
        ranked.sort(Comparator.comparingDouble(Centrality.Score::score)
                .reversed()
                .thenComparing(s -> s.node().id()));
        return new Scores(
                List.copyOf(ranked), graph.vertexSet().size(), graph.edgeSet().size());
    }

    private static Map<String, Double> degree(Graph<String, DefaultEdge> graph) {
        Map<String, Double> degree = new HashMap<>();
        for (String v : graph.vertexSet()) {
            degree.put(v, (double) graph.degreeOf(v));
        }
        return degree;
    }

    /** The same nodes, one edge per ordered pair, no self-loops: what betweenness counts paths over. */
    private static Graph<String, DefaultEdge> simple(Graph<String, DefaultEdge> graph) {
        Graph<String, DefaultEdge> simple = new SimpleDirectedGraph<>(DefaultEdge.class);
        graph.vertexSet().forEach(simple::addVertex);
        for (DefaultEdge e : graph.edgeSet()) {
            String s = graph.getEdgeSource(e);
            String t = graph.getEdgeTarget(e);
            if (!s.equals(t) && !simple.containsEdge(s, t)) {
                simple.addEdge(s, t);
            }
        }
        return simple;
    }
}

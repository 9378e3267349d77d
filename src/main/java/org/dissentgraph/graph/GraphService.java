package org.dissentgraph.graph;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dissentgraph.model.Ref;
import org.dissentgraph.web.ApiException;

/** Ego views, the whole network and shortest paths, from checked parameters. */
@Singleton
final class GraphService implements EgoSelections {

    /** More shortest paths than this are counted as {@code truncated}, not listed. */
    static final int MAX_PATHS = 10;

    private final GraphRepository repository;
    private final long hubDegree;

    GraphService(GraphRepository repository, @Value("${dissent.graph.hub-degree:2000}") long hubDegree) {
        this.repository = repository;
        this.hubDegree = hubDegree;
    }

    /**
     * The nodes within {@code depth} steps of {@code id}, found breadth first so that when more
     * than {@code maxNodes} are there the nearest are kept, and the relationships among them.
     * A supernode reached on the way (more than {@code dissent.graph.hub-degree} relationships,
     * such as a party organ with a member per person) is shown but not stepped through, and the
     * view says {@code truncated}: its neighbours would be a cut of thousands by id order, and
     * reading them all cost most of the time of an ego view on a million persons.
     */
    GraphView ego(String id, int depth, List<String> rels, At at, int maxNodes) {
        Kept kept = keep(id, depth, rels, at, maxNodes);
        GraphRepository.Nodes rows = repository.nodes(kept.ids(), at);
        Map<String, GraphView.Node> found = new HashMap<>();
        rows.nodes().forEach(node -> found.put(node.id(), node));
        if (!found.containsKey(id)) {
            throw new ApiException.NotFound("graph node", id);
        }
        List<GraphView.Node> nodes =
                kept.ids().stream().map(found::get).filter(Objects::nonNull).toList();
        return new GraphView(nodes, repository.edges(kept.ids(), rows, rels, at), kept.truncated());
    }

    @Override
    public EgoSelection egoSelection(
            String id,
            int depth,
            @Nullable String rel,
            @Nullable LocalDate earliest,
            @Nullable LocalDate latest,
            int maxNodes) {
        List<String> rels = RelTypes.parse("rel", rel, RelTypes.ACTOR);
        if (repository.refs(List.of(id)).isEmpty()) {
            throw new ApiException.NotFound("graph node", id);
        }
        Kept kept = keep(id, depth, rels, new At(null, earliest, latest), maxNodes);
        return new EgoSelection(List.copyOf(kept.ids()), rels, kept.truncated());
    }

    private record Kept(Set<String> ids, boolean truncated) {}

    private Kept keep(String id, int depth, List<String> rels, At at, int maxNodes) {
        Set<String> kept = new LinkedHashSet<>(List.of(id));
        List<String> frontier = List.of(id);
        boolean truncated = false;
        boolean hubsSkipped = false;
        for (int step = 1; step <= depth && !frontier.isEmpty() && !truncated; step++) {
            int room = maxNodes - kept.size();
            List<GraphRepository.Neighbour> next = repository.neighbours(frontier, kept, rels, at, room + 1);
            if (next.size() > room) {
                truncated = true;
                next = next.subList(0, room);
            }
            next.forEach(n -> kept.add(n.id()));
            List<String> expandable = next.stream()
                    .filter(n -> n.degree() <= hubDegree)
                    .map(GraphRepository.Neighbour::id)
                    .toList();
            hubsSkipped |= step < depth && expandable.size() < next.size();
            frontier = expandable;
        }
        return new Kept(kept, truncated || hubsSkipped);
    }

    /**
     * The whole network of the relationship types {@code rels} within {@code window}: every
     * relationship whose dates, and those of both its ends, can overlap the window, and the nodes
     * at their ends. When more than {@code maxNodes} nodes are there, those with the most
     * relationships are kept (then by id) with the relationships among them, and {@code truncated}
     * says so. Nodes in id order, edges by source, target and id.
     */
    GraphView network(List<String> rels, At window, int maxNodes) {
        List<GraphRepository.Link> links = repository.network(rels, window);
        Map<String, Integer> degree = new HashMap<>();
        for (GraphRepository.Link link : links) {
            degree.merge(link.source().id(), 1, Integer::sum);
            degree.merge(link.target().id(), 1, Integer::sum);
        }
        Set<String> kept = degree.keySet();
        boolean truncated = degree.size() > maxNodes;
        if (truncated) {
            kept = degree.keySet().stream()
                    .sorted(Comparator.comparing((String id) -> -degree.get(id))
                            .thenComparing(Comparator.naturalOrder()))
                    .limit(maxNodes)
                    .collect(Collectors.toSet());
        }
        Set<String> nodes = kept;
        List<GraphView.Edge> edges = links.stream()
                .filter(link -> nodes.contains(link.source().id())
                        && nodes.contains(link.target().id()))
                .map(GraphRepository.Link::edge)
                .toList();
        return new GraphView(repository.networkNodes(new TreeSet<>(nodes), window), edges, truncated);
    }

    /**
     * All shortest paths (at most {@link #MAX_PATHS}) from {@code from} to {@code to} over the actor
     * relationships, never through a supernode (see {@link #ego}) other than the two ends.
     */
    PathsView paths(String from, String to, int maxLength, At at) {
        Map<String, Ref> refs = repository.refs(List.of(from, to));
        Ref start = refs.get(from);
        if (start == null) {
            throw new ApiException.NotFound("graph node", from, "from");
        }
        Ref end = refs.get(to);
        if (end == null) {
            throw new ApiException.NotFound("graph node", to, "to");
        }
        List<PathsView.Path> paths =
                repository.shortestPaths(from, to, RelTypes.ACTOR, maxLength, at, MAX_PATHS + 1, hubDegree);
        if (paths.isEmpty()) {
            String message = "No path of at most " + maxLength + " steps over " + String.join(", ", RelTypes.ACTOR)
                    + " links " + from + " and " + to + (at.text() == null ? "" : " at " + at.text());
            return new PathsView(start, end, maxLength, at.text(), false, message, List.of(), false);
        }
        boolean truncated = paths.size() > MAX_PATHS;
        return new PathsView(
                start,
                end,
                maxLength,
                at.text(),
                true,
                null,
                paths.subList(0, Math.min(MAX_PATHS, paths.size())),
                truncated);
    }
}

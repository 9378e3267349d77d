package org.dissentgraph.graph;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.dissentgraph.model.Ref;
import org.dissentgraph.web.ApiException;

/** Ego views and shortest paths, from checked parameters. */
@Singleton
public final class GraphService {

    /** More shortest paths than this are counted as {@code truncated}, not listed. */
    static final int MAX_PATHS = 10;

    private final GraphRepository repository;

    GraphService(GraphRepository repository) {
        this.repository = repository;
    }

    /**
     * The nodes within {@code depth} steps of {@code id}, found breadth first so that when more
     * than {@code maxNodes} are there the nearest are kept, and the relationships among them.
     */
    GraphView ego(String id, int depth, List<String> rels, At at, int maxNodes) {
        Kept kept = keep(id, depth, rels, at, maxNodes);
        Map<String, GraphView.Node> found = new HashMap<>();
        repository.nodes(kept.ids(), at).forEach(node -> found.put(node.id(), node));
        if (!found.containsKey(id)) {
            throw new ApiException.NotFound("graph node", id);
        }
        List<GraphView.Node> nodes = kept.ids().stream().map(found::get).filter(Objects::nonNull).toList();
        return new GraphView(nodes, repository.edges(kept.ids(), rels, at), kept.truncated());
    }

    /**
     * Which nodes and relationship types the ego view of {@code id} holds, for other features that
     * take the same subgraph (the export): the same breadth-first selection as {@link #ego}, over
     * the relationship types {@code rel} names (comma-separated; default the actor relationships)
     * and the nodes and relationships whose dates can overlap {@code earliest}..{@code latest}
     * (either may be null: open).
     *
     * @throws ApiException.BadParameter when {@code rel} names a type the ego view does not follow
     * @throws ApiException.NotFound when no node (other than a source) has this id
     */
    public EgoSelection egoSelection(String id, int depth, @Nullable String rel, @Nullable LocalDate earliest,
                                     @Nullable LocalDate latest, int maxNodes) {
        List<String> rels = RelTypes.parse("rel", rel, RelTypes.ACTOR);
        if (repository.refs(List.of(id)).isEmpty()) {
            throw new ApiException.NotFound("graph node", id);
        }
        Kept kept = keep(id, depth, rels, new At(null, earliest, latest), maxNodes);
        return new EgoSelection(List.copyOf(kept.ids()), rels, kept.truncated());
    }

    /**
     * The ids of an ego selection, nearest first (the centre first), the relationship types it
     * follows, and whether nodes were cut to stay within maxNodes.
     */
    public record EgoSelection(List<String> ids, List<String> rels, boolean truncated) {}

    private record Kept(Set<String> ids, boolean truncated) {}

    private Kept keep(String id, int depth, List<String> rels, At at, int maxNodes) {
        Set<String> kept = new LinkedHashSet<>(List.of(id));
        List<String> frontier = List.of(id);
        boolean truncated = false;
        for (int step = 1; step <= depth && !frontier.isEmpty() && !truncated; step++) {
            int room = maxNodes - kept.size();
            List<String> next = repository.neighbours(frontier, kept, rels, at, room + 1);
            if (next.size() > room) {
                truncated = true;
                next = next.subList(0, room);
            }
            kept.addAll(next);
            frontier = next;
        }
        return new Kept(kept, truncated);
    }

    /** All shortest paths (at most {@link #MAX_PATHS}) from {@code from} to {@code to} over the actor relationships. */
    PathsView paths(String from, String to, int maxLength, At at) {
        Map<String, Ref> refs = repository.refs(List.of(from, to));
        Ref start = refs.get(from);
        if (start == null) {
            throw new ApiException.NotFound("graph node", from);
        }
        Ref end = refs.get(to);
        if (end == null) {
            throw new ApiException.NotFound("graph node", to);
        }
        List<PathsView.Path> paths = repository.shortestPaths(from, to, RelTypes.ACTOR, maxLength, at, MAX_PATHS + 1);
        if (paths.isEmpty()) {
            String message = "No path of at most " + maxLength + " steps over " + String.join(", ", RelTypes.ACTOR)
                    + " links " + from + " and " + to + (at.text() == null ? "" : " at " + at.text());
            return new PathsView(start, end, maxLength, at.text(), false, message, List.of(), false);
        }
        boolean truncated = paths.size() > MAX_PATHS;
        return new PathsView(start, end, maxLength, at.text(), true, null, paths.subList(0, Math.min(MAX_PATHS, paths.size())),
                truncated);
    }
}

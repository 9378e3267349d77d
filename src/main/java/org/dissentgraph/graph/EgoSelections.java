package org.dissentgraph.graph;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;

/**
 * The graph feature's published API for other features that take the same subgraph as an ego view
 * (the export): which nodes and relationship types it holds. Everything else of {@code graph} is
 * its own.
 */
public interface EgoSelections {

    /**
     * The same breadth-first selection as the ego view of {@code id}, over the relationship types
     * {@code rel} names (comma-separated; default the actor relationships) and the nodes and
     * relationships whose dates can overlap {@code earliest}..{@code latest} (either may be null: open).
     *
     * @throws org.dissentgraph.web.ApiException.BadParameter when {@code rel} names a type the ego view does not follow
     * @throws org.dissentgraph.web.ApiException.NotFound when no node (other than a source) has this id
     */
    EgoSelection egoSelection(
            String id,
            int depth,
            @Nullable String rel,
            @Nullable LocalDate earliest,
            @Nullable LocalDate latest,
            int maxNodes);

    /**
     * The ids of an ego selection, nearest first (the centre first), the relationship types it
     * follows, and whether nodes were cut to stay within maxNodes.
     */
    record EgoSelection(List<String> ids, List<String> rels, boolean truncated) {}
}

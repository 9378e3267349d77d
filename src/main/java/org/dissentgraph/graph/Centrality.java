package org.dissentgraph.graph;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Ref;

/** Centrality scores of the nodes of a network, highest first. */
@Serdeable
@Schema(description = "Centrality scores, highest first")
record Centrality(
        @Schema(allowableValues = {"degree", "betweenness", "pagerank"})
        String metric,

        @Schema(description = "the relationship types the network is made of")
        List<String> rel,

        @Schema(description = "the window asked for (EDTF from/to); null: the whole network") @Nullable
        String window,

        @Schema(description = "nodes in the network") int nodes,

        @Schema(description = "relationships in the network")
        int edges,

        @Schema(
                description = "whether the metric follows the direction of relationships "
                        + "(betweenness and pagerank: yes; degree counts both directions)")
        boolean directed,

        @Schema(
                description = "whether scores are normalised; never: raw counts (degree, betweenness)"
                        + " and PageRank's (1 - d) + d * share, not summing to 1")
        boolean normalised,

        @Schema(
                description = "where it was computed: gds (Graph Data Science on the server) or in-service",
                allowableValues = {"gds", "in-service"})
        String engine,

        @Schema(
                description = "betweenness estimated from this many sampled source nodes"
                        + " (scaled by nodes/sample); null: exact")
        @Nullable
        Integer sampledSources,

        List<Score> scores) {

    @Serdeable
    record Score(Ref node, double score) {}
}

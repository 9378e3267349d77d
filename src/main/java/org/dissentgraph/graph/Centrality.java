package org.dissentgraph.graph;

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

        @Schema(description = "nodes in the network") int nodes,

        @Schema(description = "relationships in the network")
        int edges,

        List<Score> scores) {

    @Serdeable
    record Score(Ref node, double score) {}
}

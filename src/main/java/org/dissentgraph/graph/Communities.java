package org.dissentgraph.graph;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Ref;

/** The communities of a network (Louvain), largest first. */
@Serdeable
@Schema(description = "Louvain communities of a network, largest first")
record Communities(
        @Schema(allowableValues = {"louvain"}) String algorithm,

        @Schema(description = "the relationship types the network is made of")
        List<String> rel,

        @Schema(description = "the window asked for (EDTF from/to); null: the whole network") @Nullable
        String window,

        @Schema(description = "nodes in the network") int nodes,

        @Schema(description = "relationships in the network (undirected, each counted once)")
        int edges,

        @Schema(description = "always false: communities ignore the direction of relationships")
        boolean directed,

        @Schema(description = "the modularity of the partition (-0.5..1)")
        double modularity,

        @Schema(description = "how many communities there are")
        int count,

        @Schema(allowableValues = {"gds", "in-service"}) String engine,

        List<Community> communities) {

    /** One community: its rank by size (1 = largest), its size and up to 100 members, by id. */
    @Serdeable
    record Community(int rank, int size, List<Ref> members) {}
}

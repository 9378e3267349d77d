package org.dissentgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** The shortest paths between two nodes, each step with its evidence. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Shortest paths between two nodes")
record PathsView(
        Ref from,
        Ref to,
        int maxLength,
        @Nullable String at,

        @Schema(description = "whether any path of at most maxLength steps exists")
        boolean found,

        @Schema(description = "why no path is given, when found is false")
        String message,

        List<Path> paths,

        @Schema(description = "true when more shortest paths exist than are listed")
        boolean truncated) {

    @Serdeable
    record Path(int length, List<Step> steps) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Step(
            @Schema(description = "the node this step leaves")
            Ref from,

            @Schema(description = "the node this step reaches")
            Ref to,

            @Schema(description = "relationship type") String type,
            String relationshipId,

            @Schema(description = "true when the relationship points from `from` to `to`")
            boolean forward,

            @Schema(description = "date of the relationship, or of the criticism, penalty or vote it touches")
            When date,

            @Nullable String quote,
            List<Citation> citations) {}
}

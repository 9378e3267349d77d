package org.dissentgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Nodes and edges around one node, for drawing: nearest nodes first, and {@code truncated} when
 * nodes were cut to stay within {@code maxNodes}.
 */
@Serdeable
@Schema(description = "Nodes and edges around a node, nearest first")
record GraphView(List<Node> nodes, List<Edge> edges,
                 @Schema(description = "true when nodes were left out to stay within maxNodes") boolean truncated) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(String id,
                @Schema(description = "main label: Person, Faction, Congress, Plenum, Organ, Criticism, Penalty…") String type,
                @Schema(description = "display name") String label,
                @Schema(description = "for a person: id of the faction they belonged to (at the date asked, else the first attested)") String faction,
                LocalDate earliest,
                LocalDate latest) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Edge(@Schema(description = "stable relationship id") String id,
                @Schema(description = "id of the start node") String source,
                @Schema(description = "id of the end node") String target,
                @Schema(description = "relationship type") String type,
                @Schema(description = "EDTF date as the source gives it") String date,
                LocalDate earliest,
                LocalDate latest) {}
}

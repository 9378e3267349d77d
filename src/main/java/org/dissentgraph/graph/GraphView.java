package org.dissentgraph.graph;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * Nodes and edges for drawing: around one node (ego view, nearest nodes first) or the whole
 * network of the actor relationships; {@code truncated} when nodes were cut to stay within
 * {@code maxNodes}.
 */
@Serdeable
@Schema(description = "Nodes and edges for drawing")
record GraphView(
        List<Node> nodes,
        List<Edge> edges,

        @Schema(description = "true when nodes were left out to stay within maxNodes")
        boolean truncated) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Node(
            String id,

            @Schema(description = "main label: Person, Faction, Congress, Plenum, Organ, Criticism, Penalty…")
            String type,

            @Schema(description = "display name") String label,

            @Schema(
                    description =
                            "for a person: id of the faction they belonged to (at the date asked, else the first attested)")
            String faction,

            @Nullable LocalDate earliest,
            @Nullable LocalDate latest,

            @Schema(
                    description =
                            "network view, for a person: every faction they belonged to (within the window asked), first attested first")
            List<String> factions,

            @Schema(
                    description =
                            "network view: the node's kind where it has one (penalty kind, organ or faction kind, meeting kind)")
            String kind,

            @Schema(description = "network view, for a penalty: APPLIED or PROPOSED_NOT_APPLIED")
            String outcome) {

        @Creator
        Node {}

        /** A node of an ego view, which carries no factions list, kind or outcome. */
        Node(String id, String type, String label, String faction, LocalDate earliest, LocalDate latest) {
            this(id, type, label, faction, earliest, latest, null, null, null);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Edge(
            @Schema(description = "stable relationship id") String id,
            @Schema(description = "id of the start node") String source,
            @Schema(description = "id of the end node") String target,
            @Schema(description = "relationship type") String type,

            @Schema(description = "EDTF date as the source gives it")
            String date,

            @Nullable LocalDate earliest,
            @Nullable LocalDate latest,

            @Schema(description = "network view, for CRITICIZED: id of the criticism it is derived from")
            String criticismId,

            @Schema(description = "network view, for MEMBER_OF: the role (member, leader, editor…)")
            String role) {

        @Creator
        Edge {}

        /** An edge of an ego view, which carries no criticism id or role. */
        Edge(String id, String source, String target, String type, String date, LocalDate earliest, LocalDate latest) {
            this(id, source, target, type, date, earliest, latest, null, null);
        }
    }
}

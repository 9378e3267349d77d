package org.dissentgraph.graph;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

/** The graph as a graph: ego views, the whole network, shortest paths, memberships at a date, centrality. */
@Controller("/api")
@Produces(MediaType.APPLICATION_JSON)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "graph", description = "Neighbourhoods, paths, memberships at a date and centrality")
final class GraphController {

    private static final List<String> ID = List.of("an id such as kossior-vladimir");

    private final GraphService graphs;
    private final GraphRepository repository;
    private final CentralityService centrality;

    GraphController(GraphService graphs, GraphRepository repository, CentralityService centrality) {
        this.graphs = graphs;
        this.repository = repository;
        this.centrality = centrality;
    }

    @Get("/graph/ego/{id}")
    @Operation(
            summary = "Nodes and edges around a node, for drawing",
            description =
                    "Breadth first from the node over the chosen relationship types, nearest nodes kept first; "
                            + "truncated is true when nodes were cut to stay within maxNodes. Never through sources or citations.")
    @ApiResponse(responseCode = "200", description = "The neighbourhood")
    @Problems
    @Problems.NotFound
    GraphView ego(
            @Parameter(description = "id of the node at the centre", example = "kossior-vladimir") @PathVariable
                    String id,
            @Parameter(
                            description = "steps from the centre, 1 to 3 (default 1)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "3", defaultValue = "1"))
                    @Nullable
                    @QueryValue
                    String depth,
            @Parameter(
                            description = "keep only nodes and relationships whose dates can include this EDTF date",
                            example = "1921-06-01")
                    @Nullable
                    @QueryValue
                    String at,
            @Parameter(
                            description =
                                    "relationship types, repeated or comma-separated to follow; default the actor relationships "
                                            + "CRITICIZED, MADE, TARGETS, RECEIVED, IMPOSED_BY, FROM, TO, MEMBER_OF, DECIDED, GROUNDS; "
                                            + "meetings and documents (AT, IN, DECIDED_AT, UNDER, ADOPTED_AT, AUTHORED...) only when named")
                    @Nullable
                    @QueryValue
                    List<String> rel,
            @Parameter(
                            description = "at most this many nodes, 1 to 2000 (default 300)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "2000", defaultValue = "300"))
                    @Nullable
                    @QueryValue
                    String maxNodes) {
        return graphs.ego(
                Params.id("id", id),
                Checks.bounded("depth", depth, 1, 1, 3),
                RelTypes.parse("rel", rel, RelTypes.ACTOR),
                At.optional("at", at),
                Checks.bounded("maxNodes", maxNodes, 300, 1, 2000));
    }

    @Get("/graph/network")
    @Operation(
            summary = "The whole network of the actor relationships, for drawing",
            description =
                    "Every relationship of the chosen types whose dates, and those of both its ends, can overlap the "
                            + "window from..to (a missing end is open), and the nodes at their ends: persons with the factions they "
                            + "belonged to (MEMBER_OF), CRITICIZED edges with the criticism they come from. Never Source nodes. "
                            + "When more than maxNodes nodes are there, those with the most relationships are kept and truncated is true.")
    @ApiResponse(responseCode = "200", description = "The network")
    @Problems
    GraphView network(
            @Parameter(
                            description = "EDTF date: keep what can overlap the window from the start of this date",
                            example = "1918")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(
                            description = "EDTF date: keep what can overlap the window up to the end of this date",
                            example = "1938")
                    @Nullable
                    @QueryValue
                    String to,
            @Parameter(
                            description =
                                    "actor relationship types, repeated or comma-separated; default CRITICIZED, RECEIVED, IMPOSED_BY, FROM, "
                                            + "TO, MEMBER_OF, DECIDED, GROUNDS (MADE and TARGETS only when named: CRITICIZED draws them critic to target)")
                    @Nullable
                    @QueryValue
                    List<String> rel,
            @Parameter(
                            description = "at most this many nodes, 1 to 5000 (default 2000)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "5000", defaultValue = "2000"))
                    @Nullable
                    @QueryValue
                    String maxNodes) {
        At window = At.window("from", from, "to", to);
        List<String> types = Params.values("rel", rel, RelTypes.ACTOR);
        return graphs.network(
                types.isEmpty() ? RelTypes.NETWORK : types,
                window,
                Checks.bounded("maxNodes", maxNodes, 2000, 1, 5000));
    }

    @Get("/paths")
    @Operation(
            summary = "Shortest paths between two nodes",
            description = "All shortest paths (at most " + GraphService.MAX_PATHS
                    + ") over the actor relationships, each step "
                    + "with its date, quote and citations. found is false, with a message, when no path exists.")
    @ApiResponse(responseCode = "200", description = "The paths, possibly none")
    @Problems
    @Problems.NotFound
    PathsView paths(
            @Parameter(description = "id of the first node", required = true, example = "kollontai-alexandra")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(description = "id of the last node", required = true, example = "stalin-joseph")
                    @Nullable
                    @QueryValue
                    String to,
            @Parameter(
                            description = "longest path considered, 1 to 10 steps (default 6)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "10", defaultValue = "6"))
                    @Nullable
                    @QueryValue
                    String maxLength,
            @Parameter(description = "keep only nodes and relationships whose dates can include this EDTF date")
                    @Nullable
                    @QueryValue
                    String at) {
        String start = Params.id("from", Checks.required("from", from, ID));
        String end = Params.id("to", Checks.required("to", to, ID));
        if (start.equals(end)) {
            throw new ApiException.BadParameter("to", "to must differ from from", List.of("an id other than " + start));
        }
        return graphs.paths(start, end, Checks.bounded("maxLength", maxLength, 6, 1, 10), At.optional("at", at));
    }

    @Get("/snapshot")
    @Operation(
            summary = "Who belonged to which faction and organ at a date",
            description =
                    "From the memberships: certainly when it held on the date whatever its fuzzy start and end mean, "
                            + "possibly when it can have held. Grouped by faction or organ.")
    @ApiResponse(responseCode = "200", description = "The memberships at that date")
    @Problems
    Snapshot snapshot(
            @Parameter(
                            description = "the date: YYYY, YYYY-MM, YYYY-MM-DD or a closed EDTF interval",
                            required = true,
                            example = "1921-06-01")
                    @Nullable
                    @QueryValue
                    String at) {
        At when = At.required("at", at);
        return Snapshots.assemble(when, repository.memberships(when));
    }

    @Get("/analytics/centrality")
    @Operation(
            summary = "Who sits at the centre of a network",
            description = "Degree (both directions), betweenness (directed, unnormalised) or PageRank (directed, "
                    + "damping 0.85, not normalised) over the network of the chosen relationship types (default "
                    + "CRITICIZED), only relationships that can overlap from..to. On Neo4j Graph Data Science when the "
                    + "database has it, otherwise in the service; kept until the next import. A computation that "
                    + "outlives dissent.query-timeout is stopped (503).")
    @ApiResponse(responseCode = "200", description = "Scores, highest first")
    @Problems
    Centrality centrality(
            @Parameter(description = "degree (default), betweenness or pagerank") @Nullable @QueryValue String metric,
            @Parameter(
                            description =
                                    "relationship types, repeated or comma-separated making the network (default CRITICIZED)")
                    @Nullable
                    @QueryValue
                    List<String> rel,
            @Parameter(description = "keep relationships that can overlap this EDTF date or later", example = "1921")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(description = "keep relationships that can overlap this EDTF date or earlier", example = "1927")
                    @Nullable
                    @QueryValue
                    String to,
            @Parameter(
                            description = "how many scores, 1 to 1000 (default 20)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "20"))
                    @Nullable
                    @QueryValue
                    String limit) {
        return centrality.centrality(
                Params.oneOf("metric", metric, CentralityService.METRICS).orElse("degree"),
                RelTypes.parse("rel", rel, List.of("CRITICIZED")),
                At.window("from", from, "to", to),
                Checks.bounded("limit", limit, 20, 1, 1000));
    }

    @Get("/analytics/communities")
    @Operation(
            summary = "Which nodes form communities in a network",
            description = "Louvain over the network of the chosen relationship types (default CRITICIZED), undirected, "
                    + "only relationships that can overlap from..to; largest community first, with its modularity. "
                    + "On Neo4j Graph Data Science when the database has it, otherwise in the service; kept until the "
                    + "next import. A computation that outlives dissent.query-timeout is stopped (503).")
    @ApiResponse(responseCode = "200", description = "Communities, largest first")
    @Problems
    Communities communities(
            @Parameter(
                            description =
                                    "relationship types, repeated or comma-separated making the network (default CRITICIZED)")
                    @Nullable
                    @QueryValue
                    List<String> rel,
            @Parameter(description = "keep relationships that can overlap this EDTF date or later", example = "1921")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(description = "keep relationships that can overlap this EDTF date or earlier", example = "1927")
                    @Nullable
                    @QueryValue
                    String to,
            @Parameter(
                            description = "how many communities, 1 to 1000 (default 20)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "1000", defaultValue = "20"))
                    @Nullable
                    @QueryValue
                    String limit) {
        return centrality.communities(
                RelTypes.parse("rel", rel, List.of("CRITICIZED")),
                At.window("from", from, "to", to),
                Checks.bounded("limit", limit, 20, 1, 1000));
    }
}

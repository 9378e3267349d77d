package org.dissentgraph.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

/** The graph, or a part of it, as a file for Gephi, Cytoscape or another Neo4j. */
@Controller("/api/export")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(
        name = "export",
        description = "The whole graph or a subgraph as GraphML, GEXF, Cytoscape.js JSON or neo4j-admin CSV")
final class ExportController {

    static final String GRAPHML = "application/graphml+xml";
    static final String GEXF = "application/gexf+xml";
    static final String ZIP = "application/zip";
    /** Response header of an ego export: whether nodes were cut to stay within maxNodes. */
    static final String TRUNCATED = "X-Dissent-Truncated";

    private final ExportService exports;

    ExportController(ExportService exports) {
        this.exports = exports;
    }

    @Get("/{format}")
    @Produces({GRAPHML, GEXF, MediaType.APPLICATION_JSON, ZIP})
    @Operation(
            summary = "The graph or a subgraph as a file for Gephi, Cytoscape or neo4j-admin import",
            description =
                    "Without parameters: every dataset node and the relationships among them (Source nodes and CITES "
                            + "only with sources=true). With ego: the ego network of that node, chosen as GET /api/graph/ego does. "
                            + "from/to keep only the nodes and relationships whose dates can overlap that window (undated ones stay). "
                            + "graphml: GraphML with every property a typed key and the relationship type as the edge attribute 'type'. "
                            + "gexf: GEXF 1.3, dynamic, with start/end dates for Gephi's timeline. cytoscape: Cytoscape.js JSON "
                            + "(elements.nodes/edges[].data). neo4j-csv: a zip of CSV files for neo4j-admin database import, with a "
                            + "README.txt giving the command. Streamed as it is read, in one consistent read transaction.")
    @ApiResponse(
            responseCode = "200",
            description = "The file (Content-Disposition: attachment; filename=dissent-graph.<ext>)",
            headers =
                    @Header(
                            name = TRUNCATED,
                            description = "ego exports only: true when nodes were cut to stay within maxNodes"),
            content = {
                @Content(mediaType = GRAPHML, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = GEXF, schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema =
                                @Schema(
                                        type = "object",
                                        description =
                                                "Cytoscape.js elements: {\"elements\":{\"nodes\":[{\"data\":{...}}],\"edges\":[{\"data\":{...}}]}}")),
                @Content(mediaType = ZIP, schema = @Schema(type = "string", format = "binary"))
            })
    @Problems
    @Problems.NotFound
    HttpResponse<StreamedFile> export(
            @Parameter(
                            description = "graphml, gexf, cytoscape or neo4j-csv",
                            required = true,
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"graphml", "gexf", "cytoscape", "neo4j-csv"}))
                    @PathVariable
                    String format,
            @Parameter(
                            description = "id of a node: export only its ego network (default: the whole graph)",
                            example = "kossior-vladimir")
                    @Nullable
                    @QueryValue
                    String ego,
            @Parameter(
                            description = "with ego: steps from the centre, 1 to 3 (default 1)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "3", defaultValue = "1"))
                    @Nullable
                    @QueryValue
                    String depth,
            @Parameter(
                            description =
                                    "with ego: at most this many nodes, nearest kept first, 1 to 10000 (default 300)",
                            schema = @Schema(type = "integer", minimum = "1", maximum = "10000", defaultValue = "300"))
                    @Nullable
                    @QueryValue
                    String maxNodes,
            @Parameter(
                            description =
                                    "with ego: comma-separated relationship types to follow, as for GET /api/graph/ego/{id} "
                                            + "(default the actor relationships)")
                    @Nullable
                    @QueryValue
                    String rel,
            @Parameter(description = "keep only what can overlap the window from this EDTF date on", example = "1921")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(description = "keep only what can overlap the window up to this EDTF date", example = "1922")
                    @Nullable
                    @QueryValue
                    String to,
            @Parameter(
                            description = "include Source nodes and the CITES relationships to them (default false)",
                            schema = @Schema(type = "boolean", defaultValue = "false"))
                    @Nullable
                    @QueryValue
                    String sources)
            throws IOException {
        ExportFormat exportFormat = ExportFormat.of(Params.oneOf("format", format, ExportFormat.NAMES)
                .orElseThrow(() -> new ApiException.BadParameter(
                        "format",
                        "a format is required: one of " + String.join(", ", ExportFormat.NAMES),
                        ExportFormat.NAMES)));
        Edtf start = Params.date("from", from).orElse(null);
        Edtf end = Params.date("to", to).orElse(null);
        LocalDate first = start == null ? null : start.earliest().orElse(null);
        LocalDate last = end == null ? null : end.latest().orElse(null);
        if (first != null && last != null && first.isAfter(last)) {
            throw new ApiException.BadParameter(
                    "to",
                    "to (" + end.text() + ") ends before from (" + start.text() + ") begins",
                    List.of("a date on or after " + first));
        }
        String window = start == null && end == null
                ? null
                : (start == null ? "" : "from " + start.text())
                        + (start != null && end != null ? " " : "")
                        + (end == null ? "" : "to " + end.text());
        boolean withSources = Params.oneOf("sources", sources, List.of("true", "false"))
                .map(Boolean::parseBoolean)
                .orElse(false);

        Selection selection;
        if (ego == null || ego.isBlank()) {
            for (String[] egoOnly : new String[][] {{"depth", depth}, {"maxNodes", maxNodes}, {"rel", rel}}) {
                if (egoOnly[1] != null && !egoOnly[1].isBlank()) {
                    throw new ApiException.BadParameter(
                            egoOnly[0],
                            egoOnly[0] + " applies only to an ego export; add ego=<id>",
                            List.of("ego=<id> with " + egoOnly[0]));
                }
            }
            selection = exports.whole(first, last, window, withSources);
        } else {
            selection = exports.ego(
                    Params.id("ego", ego.strip()),
                    number("depth", depth, 1, 1, 3),
                    rel,
                    number("maxNodes", maxNodes, 300, 1, 10_000),
                    first,
                    last,
                    window,
                    withSources);
        }

        ExportStream stream = exports.open(exportFormat, selection);
        MutableHttpResponse<StreamedFile> response = HttpResponse.ok(
                        new StreamedFile(stream, MediaType.of(exportFormat.mediaType())))
                .contentType(exportFormat.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + exportFormat.fileName() + "\"");
        if (selection.ego() != null) {
            response.header(TRUNCATED, String.valueOf(selection.ego().truncated()));
        }
        return response;
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when absent. */
    private static int number(String name, @Nullable String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Params.bounded(name, Integer.valueOf(value.strip()), fallback, min, max);
        } catch (NumberFormatException e) {
            throw new ApiException.BadParameter(
                    name,
                    "'" + (value.length() > 60 ? value.substring(0, 57) + "..." : value) + "' is not a whole number; "
                            + name + " must be between " + min + " and " + max,
                    List.of(min + ".." + max));
        }
    }
}

package org.dissentgraph.entity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.model.RelType;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api/entities")
@Tag(name = "entities")
class EntityController {

    /** Every relationship type of the data model (import/README.md), CRITICIZED derived. */
    static final List<String> RELATIONSHIP_TYPES = RelType.names();

    private final EntityRepository repository;

    EntityController(EntityRepository repository) {
        this.repository = repository;
    }

    @Get("/{id}")
    @Operation(
            summary = "Any node by its id",
            description = "Its labels, own properties, date, the sources it cites and the variants kept beside it.")
    @ApiResponse(responseCode = "200", description = "the node")
    @Problems
    @Problems.NotFound
    EntityView entity(@Parameter(description = "stable id, e.g. kossior-vladimir") @PathVariable String id) {
        String checked = Params.id("id", id);
        return repository.find(checked).orElseThrow(() -> new ApiException.NotFound("node", checked));
    }

    @Get("/{id}/adjacent")
    @Operation(
            summary = "A node's relationships, one page at a time",
            description = "Each with its direction, the node at the other end, its own properties, date and evidence "
                    + "(MEMBER_OF: the sources named on the row). CITES only when asked for with rel=CITES.")
    @ApiResponse(responseCode = "200", description = "one page and the total")
    @Problems
    @Problems.NotFound
    Page<Adjacent> adjacent(
            @Parameter(description = "stable id, e.g. central-committee") @PathVariable String id,
            @Parameter(
                            description = "relationship types, repeated or comma-separated, e.g. MEMBER_OF,CRITICIZED; "
                                    + "default all but CITES")
                    @Nullable
                    @QueryValue
                    List<String> rel,
            @Parameter(description = "page size (1..500, default 50)") @Nullable @QueryValue Integer limit,
            @Parameter(description = "relationships to skip (default 0)") @Nullable @QueryValue Integer offset) {
        String checked = Params.id("id", id);
        List<String> types = Params.values("rel", rel, RELATIONSHIP_TYPES);
        int size = Params.limit("limit", limit, 50, 500);
        int skip = Params.offset(offset);
        return repository
                .adjacent(checked, types, skip, size)
                .orElseThrow(() -> new ApiException.NotFound("node", checked));
    }
}

package org.dissentgraph.person;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.ApiProblem;
import org.dissentgraph.web.Params;

@Controller("/api/persons")
@Tag(name = "persons")
class PersonController {

    private final PersonRepository repository;

    PersonController(PersonRepository repository) {
        this.repository = repository;
    }

    @Get("/{id}/timeline")
    @Operation(
            summary = "Everything dated about a person, in date order",
            description =
                    "Birth and death, memberships and posts, criticisms made and received, penalties and the votes on "
                            + "them, documents authored, statements about the person; each with its sources. Undated claims apart.")
    @ApiResponse(responseCode = "200", description = "the timeline")
    @ApiResponse(
            responseCode = "400",
            description = "id is not an id (lower-case letters, digits and '-')",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(
            responseCode = "404",
            description = "no person has this id",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    Timeline timeline(@Parameter(description = "a person's id, e.g. trotsky-leon") @PathVariable String id) {
        String checked = Params.id("id", id);
        return repository.timeline(checked).orElseThrow(() -> new ApiException.NotFound("person", checked));
    }
}

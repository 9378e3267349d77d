package org.dissentgraph.accusation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.model.AccusationRole;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api")
@Tag(name = "accusations")
class AccusationController {

    static final List<String> ROLES = AccusationRole.names();

    private final AccusationRepository repository;

    AccusationController(AccusationRepository repository) {
        this.repository = repository;
    }

    @Get("/accusations")
    @Operation(
            summary = "Who accused whom",
            description = "Accusations (accusations.csv): who moved, reported, voted for, prosecuted, judged,"
                    + " investigated, denounced or signed a list against whom, when, at which meeting, leading to which"
                    + " penalties, with the sources; in date order, undated last.")
    @ApiResponse(responseCode = "200", description = "one page and the total")
    @Problems
    Page<AccusationView> accusations(
            @Parameter(description = "id of the person who brought it, e.g. yaroslavsky-yemelyan") @Nullable @QueryValue
                    String accuser,
            @Parameter(description = "id of the person it was brought against, e.g. bukharin-nikolai")
                    @Nullable
                    @QueryValue
                    String accused,
            @Parameter(
                            description = "what the accuser did",
                            schema =
                                    @Schema(
                                            allowableValues = {
                                                "MOVED",
                                                "REPORTED",
                                                "VOTED_FOR",
                                                "PROSECUTED",
                                                "JUDGED",
                                                "INVESTIGATED",
                                                "DENOUNCED",
                                                "SIGNED_LIST"
                                            }))
                    @Nullable
                    @QueryValue
                    String role,
            @Parameter(description = "page size (1..500, default 50)") @Nullable @QueryValue Integer limit,
            @Parameter(description = "accusations to skip (default 0)") @Nullable @QueryValue Integer offset) {
        String by = person("accuser", accuser);
        String against = person("accused", accused);
        String r = Params.oneOf("role", role, ROLES).orElse(null);
        int size = Params.limit("limit", limit, 50, 500);
        int skip = Params.offset(offset);
        return repository.find(by, against, r, skip, size);
    }

    private String person(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = Params.id(name, value);
        if (!repository.unknownPersons(List.of(id)).isEmpty()) {
            throw new ApiException.BadParameter(
                    name,
                    "'" + id + "' is not the id of a person",
                    List.of("the id of a person, such as trotsky-leon"));
        }
        return id;
    }
}

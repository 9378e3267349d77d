package org.dissentgraph.rule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api/rules")
@Tag(name = "rules")
class RuleController {

    private final RuleRepository repository;

    RuleController(RuleRepository repository) {
        this.repository = repository;
    }

    @Get("/checks")
    @Problems
    @Operation(
            summary = "Decisions checked against procedural rules",
            description =
                    "Every penalty governed by a rule (such as point 7 of 'On Party Unity': two thirds of a joint plenum to"
                            + " expel a Central Committee member), with the rule's text and source, the recorded vote, the threshold and"
                            + " the body it counts, and an outcome: SATISFIED, BLOCKED, VIOLATED or UNKNOWN. Oldest first, one page"
                            + " at a time; total counts them all.")
    Page<RuleCheck> checks(
            @Parameter(description = "1..1000, default 100") @QueryValue @Nullable Integer limit,
            @Parameter(description = "0 or more, default 0") @QueryValue @Nullable Integer offset) {
        return repository.checks(Params.limit("limit", limit, 100, 1000), Params.offset(offset));
    }
}

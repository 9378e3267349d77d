package org.dissentgraph.rule;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
                    "Every decision a rule governs (point 7 of 'On Party Unity': two thirds of a joint plenum to demote"
                            + " or expel a member or candidate of the Central Committee; a congress's own decisions are outside it):"
                            + " the penalties marked governed_by, and every decision of a meeting of the CC (plenum, joint plenum or"
                            + " session), or of a body the data does not name, that expelled or demoted a member or candidate of the CC or a member of the Control Commission"
                            + " (per memberships.csv). Each with the rule's text and source, the recorded vote and how it was taken,"
                            + " the threshold and the base it counts, and an outcome: SATISFIED, BLOCKED, VIOLATED, UNKNOWN (no vote"
                            + " of the deciding body recorded, or the counts cannot tell) or RULE_NOT_IN_FORCE (the decision lies"
                            + " outside the rule's in_force range). Oldest first, one page at a time; coverage counts them all.")
    RuleChecks checks(
            @Parameter(description = "1..1000, default 100") @QueryValue @Nullable Integer limit,
            @Parameter(description = "0 or more, default 0") @QueryValue @Nullable Integer offset) {
        return repository.checks(Params.limit("limit", limit, 100, 1000), Params.offset(offset));
    }
}

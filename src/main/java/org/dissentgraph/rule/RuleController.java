package org.dissentgraph.rule;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

@Controller("/api/rules")
@Tag(name = "rules")
class RuleController {

    private final RuleRepository repository;

    RuleController(RuleRepository repository) {
        this.repository = repository;
    }

    @Get("/checks")
    @Operation(summary = "Decisions checked against procedural rules",
            description = "Every penalty governed by a rule (such as point 7 of 'On Party Unity': two thirds of a joint plenum to"
                    + " expel a Central Committee member), with the rule's text and source, the recorded vote, the threshold and"
                    + " the body it counts, and an outcome: SATISFIED, BLOCKED, VIOLATED or UNKNOWN.")
    List<RuleCheck> checks() {
        return repository.checks();
    }
}

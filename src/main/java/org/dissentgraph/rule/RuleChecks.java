package org.dissentgraph.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * One page of rule checks, and what the checks cover over the whole dataset: how many decisions
 * the rules govern, how many of them were checked against a rule in force, and how many of those
 * have a recorded vote of the deciding body.
 */
@Serdeable
@Schema(description = "one page of rule checks, with the coverage of all of them")
public record RuleChecks(
        @Schema(description = "how many checks there are, over all pages (= coverage.governed)")
        long total,

        @Schema(description = "page size asked for") int limit,

        @Schema(description = "items skipped before this page")
        int offset,

        @JsonInclude(JsonInclude.Include.ALWAYS) List<RuleCheck> items,

        Coverage coverage) {

    @Serdeable
    @Schema(description = "totals over the dataset, not the page")
    public record Coverage(
            @Schema(description = "decisions a rule governs (one per penalty, rule and recipient)")
            long governed,

            @Schema(description = "of those, checked against a rule in force at the time (the rest: RULE_NOT_IN_FORCE)")
            long checked,

            @Schema(
                    description =
                            "of those checked, with a recorded vote of the deciding body (a commission's vote does not count)")
            long withVote) {}
}

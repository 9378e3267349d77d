package org.dissentgraph.criticism;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * Everything that followed a person's first recorded criticism, up to their death or the end of the
 * record, and how it ended (docs/consequences.md, rule 3).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Fate(
        Ref person,
        @Nullable When died,

        @Schema(description = "the person's first recorded criticism, from which lags are measured; absent if none")
        Since since,

        @Schema(
                description = "what ends the account: the person's death, or the end of the record",
                allowableValues = {"DEATH", "END_OF_RECORD"})
        String until,

        @Schema(description = "applied penalties not certainly before the first criticism, in date order")
        List<Consequences.Outcome> penalties,

        @Schema(description = "penalties moved but not applied")
        List<Consequences.Outcome> averted,

        @Schema(description = "readmissions and rehabilitations: reversals, never penalties")
        List<Consequences.Outcome> reversals,

        @Schema(description = "the earliest of the penalties")
        Consequences.Outcome first,

        @Schema(description = "the gravest of the penalties by the severity order (ties: the earliest)")
        Consequences.Outcome gravest,

        @Schema(description = "penalty kinds from gravest to lightest, as used for gravest")
        List<String> severityOrder,

        @Schema(description = "how the record ends: the same shape and rules as a cohort member's fate")
        FinalFates.Outcome fate) {

    @Serdeable
    public record Since(String criticismId, When when, String summary) {}
}

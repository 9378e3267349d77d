package org.dissentgraph.penalty;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.PenaltyKind;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** A penalty: who received it, what, with what outcome, when, by whom and where, and the sources. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record PenaltyView(
        String id,
        String name,
        Ref person,

        @Schema(implementation = PenaltyKind.class, description = "what the penalty did (model.PenaltyKind)")
        String kind,

        @Schema(allowableValues = {"APPLIED", "PROPOSED_NOT_APPLIED"})
        String outcome,

        @Schema(description = "accepted, or disputed where a variant is kept beside it")
        String status,

        String confidence,
        String summary,

        @Schema(description = "from the decision (or effect) to the effect (or decision)") @Nullable
        When when,

        @Schema(description = "when it was decided") @Nullable
        When decided,

        @Schema(description = "when it took effect") @Nullable
        When effective,

        @Schema(description = "the date as the source words it, e.g. Old Style")
        String dateOriginal,

        List<Ref> imposedBy,
        @Nullable Ref decidedAt,

        @Schema(description = "what the person was expelled or removed from")
        Ref from,

        @Schema(description = "destination of a transfer, posting or exile")
        Ref to,

        @Schema(description = "the resolution it was imposed under")
        Ref under,

        @Schema(description = "the procedural rule that governed the decision")
        Ref governedBy,

        @Schema(description = "criticisms or signatures a source says it was for")
        List<Ref> grounds,

        List<Ref> variants,
        List<Citation> citations,

        @Schema(
                description = "for a SENTENCE: what it sentenced to",
                allowableValues = {"DEATH", "CAMP", "PRISON", "EXILE"})
        @Nullable
        String sentence,

        @Schema(description = "for a SENTENCE: its term, an ISO-8601 period such as P10Y (none for DEATH)") @Nullable
        String term,

        @Schema(description = "where it happened: an execution site, a prison, a camp") @Nullable
        Ref place) {}

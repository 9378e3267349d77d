package org.dissentgraph.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** One decision governed by a procedural rule, checked against the rule's threshold. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleCheck(
        PenaltyInfo penalty,
        Ref person,
        RuleInfo rule,
        @Nullable VoteInfo vote,
        @Nullable ShareInfo share,

        @Schema(allowableValues = {"SATISFIED", "BLOCKED", "VIOLATED", "UNKNOWN"})
        String outcome,

        String explanation) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PenaltyInfo(
            String id, String kind, String outcome, When when, String summary, List<Citation> citations) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RuleInfo(
            String id,
            String name,
            String text,
            String body,
            String protects,
            List<String> appliesTo,
            String threshold,
            long thresholdNum,
            long thresholdDen,

            @Schema(description = "what the threshold is a share of, as the source states it")
            String counts,

            Ref document,
            List<Citation> citations) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteInfo(
            String id,
            String date,
            @Nullable Long votesFor,
            Long votesAgainst,
            @Nullable Long abstained,
            @Nullable Long present,
            @Nullable Long entitled,
            String result,
            String summary,
            List<Citation> citations) {}

    @Serdeable
    public record ShareInfo(long numerator, long denominator, String basis) {}
}

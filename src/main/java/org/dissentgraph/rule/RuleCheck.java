package org.dissentgraph.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * One decision governed by a procedural rule, checked against the rule's threshold; or, for a
 * decision outside the time the rule was in force, {@code RULE_NOT_IN_FORCE} and why.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RuleCheck(
        PenaltyInfo penalty,
        Ref person,
        RuleInfo rule,
        @Nullable VoteInfo vote,
        @Nullable ShareInfo share,

        @Schema(allowableValues = {"SATISFIED", "BLOCKED", "VIOLATED", "UNKNOWN", "RULE_NOT_IN_FORCE"})
        String outcome,

        @Schema(
                description =
                        "the outcome in a sentence: the vote, the base it is a share of, or why it cannot be checked")
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

            @Schema(description = "when the rule governed decisions (EDTF interval); absent: always") @Nullable
            String inForce,

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

            @Schema(
                    description = "how the vote was taken, where a source says",
                    allowableValues = {"plenum-vote", "poll", "congress-vote", "commission-vote"})
            @Nullable
            String method,

            String summary,
            List<Citation> citations) {}

    @Serdeable
    public record ShareInfo(long numerator, long denominator, String basis) {}
}

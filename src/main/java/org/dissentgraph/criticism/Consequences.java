package org.dissentgraph.criticism;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * What followed a criticism, critic by critic: each critic's own penalties only (see
 * docs/consequences.md for the rules).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consequences(
        Criticism criticism,
        int windowMonths,

        @Schema(description = "one entry per critic who is a person, with that person's penalties only")
        List<Critic> critics) {

    /**
     * What followed the criticism for one critic.
     *
     * @param verdict {@code DOCUMENTED_CONSEQUENCE}, {@code INFERRED_CONSEQUENCE} or {@code NO_RECORDED_CONSEQUENCE}
     * @param nothingFollowed when no penalty is recorded: whether a source states that nothing followed
     *     ("attested") or the record is merely silent ("unknown")
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Critic(
            Ref person,

            @Schema(allowableValues = {"DOCUMENTED_CONSEQUENCE", "INFERRED_CONSEQUENCE", "NO_RECORDED_CONSEQUENCE"})
            String verdict,

            @Schema(description = "this person's applied penalties a source ties to the criticism (GROUNDS)")
            List<Outcome> documented,

            @Schema(description = "this person's other applied penalties that can fall within the window after it")
            List<Outcome> inferred,

            @Schema(description = "this person's penalties moved but not applied, documented or within the window")
            List<Outcome> averted,

            @Nullable NothingFollowed nothingFollowed) {}

    /** A penalty of the person named, and how it relates to the criticism (or, in a fate, to the first criticism). */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(
            @Schema(description = "whose penalty this is") Ref person,
            String penaltyId,
            String kind,
            String outcome,
            @Nullable When when,
            @Nullable String decisionDate,
            @Nullable String effectiveDate,
            String summary,

            @Schema(
                    description =
                            "documented (a source ties it to the criticism) or inferred (by person and time only)")
            String basis,

            @Schema(
                    description =
                            "AFTER: certainly after the criticism; UNCERTAIN: the dates overlap, so it may have come before",
                    allowableValues = {"AFTER", "UNCERTAIN"})
            String order,

            @Nullable Lag lag,

            @Schema(description = "for an inferred consequence: the rule and premises it rests on") @Nullable
            Inference inference,

            @Schema(description = "for a documented consequence: the citations that tie the penalty to the criticism")
            @Nullable
            List<Citation> grounds,

            String confidence,
            String status,

            @Schema(description = "the penalty this one is a variant of (a second dating of the same event)") @Nullable
            String variantOf,

            List<Citation> citations,
            List<VoteCount> votes) {}

    /**
     * The time from the criticism to the penalty as one range: at least {@code minDays} (criticism's
     * latest day to the penalty's earliest, never below 0), at most {@code maxDays} (criticism's earliest
     * to the penalty's latest; absent for an open end); the same in whole months.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Lag(long minDays, Long maxDays, long minMonths, Long maxMonths) {}

    /** Why a penalty is called a consequence when no source ties it to the criticism. */
    @Serdeable
    public record Inference(
            @Schema(description = "e.g. 'same person, applied penalty within 24 months after'")
            String rule,

            @Schema(description = "the criticism id and the penalty id")
            List<String> premises,

            Lag lag) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteCount(
            String id,
            String date,

            @Schema(description = "how the vote was taken, e.g. plenum-vote or poll") @Nullable
            String method,

            @Nullable Long votesFor,
            Long votesAgainst,
            @Nullable Long abstained,
            @Nullable Long present,
            @Nullable Long entitled,
            String result,
            String summary) {}

    /**
     * @param attested true when a source says nothing followed (its words in {@code citations});
     *     false when the sources are merely silent
     */
    @Serdeable
    public record NothingFollowed(
            boolean attested, String meaning, @Nullable List<Citation> citations) {}
}

package org.dissentgraph.criticism;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * What followed a criticism for its critics.
 *
 * @param verdict {@code DOCUMENTED_CONSEQUENCE}, {@code INFERRED_CONSEQUENCE} or {@code NO_RECORDED_CONSEQUENCE}
 * @param nothingFollowed when no penalty is recorded: whether a source states that nothing followed
 *     ("attested") or the record is merely silent ("unknown")
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Consequences(
        Criticism criticism,
        int windowMonths,

        @Schema(allowableValues = {"DOCUMENTED_CONSEQUENCE", "INFERRED_CONSEQUENCE", "NO_RECORDED_CONSEQUENCE"})
        String verdict,

        List<Outcome> documented,
        List<Outcome> inferred,
        List<Outcome> averted,
        NothingFollowed nothingFollowed) {

    /** A penalty and how it relates to the criticism. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Outcome(
            Ref person,
            String penaltyId,
            String kind,
            String outcome,
            When when,
            String decisionDate,
            String effectiveDate,
            String summary,

            @Schema(description = "documented (a source ties it to the criticism) or inferred (by time only)")
            String basis,

            Lag lag,
            String confidence,
            String status,
            List<Citation> citations,
            List<VoteCount> votes) {}

    /** Days from the criticism to the penalty: from the earliest dates, and the range the imprecision allows. */
    @Serdeable
    public record Lag(long days, long minDays, long maxDays) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record VoteCount(
            String id,
            String date,
            Long votesFor,
            Long votesAgainst,
            Long abstained,
            Long present,
            Long entitled,
            String result,
            String summary) {}

    /**
     * @param attested true when a source says nothing followed (its words in {@code citations});
     *     false when the sources are merely silent
     */
    @Serdeable
    public record NothingFollowed(boolean attested, String meaning, List<Citation> citations) {}
}

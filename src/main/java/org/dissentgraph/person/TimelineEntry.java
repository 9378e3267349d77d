package org.dissentgraph.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** One dated claim about a person. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record TimelineEntry(
        @Nullable When when,

        @Schema(
                allowableValues = {
                    "BIRTH",
                    "DEATH",
                    "MEMBERSHIP",
                    "CRITICISM_MADE",
                    "CRITICISM_RECEIVED",
                    "PENALTY",
                    "VOTE",
                    "REVERSAL",
                    "AUTHORED",
                    "SIGNED",
                    "ACCUSATION_BROUGHT",
                    "ACCUSATION_RECEIVED",
                    "STATEMENT"
                })
        String kind,

        @Schema(description = "what happened, in the dataset's own words")
        String summary,

        @Schema(
                description = "the claim's node: the criticism, penalty, vote, document or statement; "
                        + "for a membership the group; for birth and death the person")
        Ref ref,

        @Schema(
                description = "the other side: targets of a criticism made, critics of one received, "
                        + "organs that imposed a penalty, the penalty a vote decided, co-authors")
        List<Ref> related,

        @Schema(description = "for a membership: member, leader, chair...")
        String role,

        @Schema(description = "accepted, or disputed where a variant is kept beside it")
        String status,

        String confidence,
        List<Citation> citations) {}

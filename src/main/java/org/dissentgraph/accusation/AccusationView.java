package org.dissentgraph.accusation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** An accusation: who brought it against whom, in what role, when and where, what it led to, and the sources. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record AccusationView(
        String id,
        String name,

        @Schema(description = "who brought it") Ref accuser,

        @Schema(description = "against whom") Ref accused,

        @Schema(
                description = "what the accuser did",
                allowableValues = {
                    "MOVED",
                    "REPORTED",
                    "VOTED_FOR",
                    "PROSECUTED",
                    "JUDGED",
                    "INVESTIGATED",
                    "DENOUNCED",
                    "SIGNED_LIST"
                })
        String role,

        @Nullable When when,

        @Schema(description = "the date as the source words it") @Nullable
        String dateOriginal,

        @Schema(description = "the congress, plenum or trial where it happened") @Nullable
        Ref at,

        @Schema(description = "the penalties it led to") List<Ref> penalties,
        String summary,
        String confidence,
        String status,
        @Nullable String note,
        List<Citation> citations) {}

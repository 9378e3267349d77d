package org.dissentgraph.penalty;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** Counts of applied penalties, grouped one way. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record PenaltyStats(
        @Schema(allowableValues = {"year", "kind", "faction"})
        String by,

        @Schema(
                description = "applied penalties in all; by faction the counts may add up to more, "
                        + "as a penalty counts under each faction of its person")
        long total,

        String note,
        List<Count> counts) {

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Count(
            @Schema(description = "the year, the kind, or the faction id ('none': no membership recorded)")
            String key,

            @Schema(description = "the faction's name") String name,
            long count) {}
}

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

        @Schema(description = "distinct applied penalties in all (readmissions excluded), the same for every by=")
        long total,

        String note,
        List<Count> counts,

        @Schema(description = "the counts added up: equal to total by year and kind, more by faction")
        long sumOfCounts,

        @Schema(description = "by faction: how the buckets overlap; absent where they do not")
        Overlap overlap) {

    /**
     * @param penalties penalties counted under more than one faction (their person belonged to several)
     * @param extraCounts how many countings those add beyond one each: sumOfCounts - total
     */
    @Serdeable
    record Overlap(long penalties, long extraCounts, String meaning) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Count(
            @Schema(description = "the year, the kind, or the faction id ('none': no membership recorded)")
            String key,

            @Schema(description = "the faction's name") String name,
            long count) {}
}

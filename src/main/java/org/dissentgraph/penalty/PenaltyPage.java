package org.dissentgraph.penalty;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of penalties, in date order. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record PenaltyPage(
        @Schema(description = "how many penalties match, over all pages")
        long total,

        int offset,
        int limit,
        List<PenaltyView> items) {}

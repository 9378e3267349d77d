package org.dissentgraph.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a node's relationships. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record AdjacentPage(
        String id,

        @Schema(description = "relationship types asked for; empty: all but CITES")
        List<String> rel,

        @Schema(description = "how many relationships match, over all pages")
        long total,

        int offset,
        int limit,
        List<Adjacent> items) {}

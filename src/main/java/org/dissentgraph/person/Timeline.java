package org.dissentgraph.person;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Ref;

/** A person's claims in date order; claims without any date apart. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Timeline(
        Ref person,

        @Schema(description = "dated claims, ordered by their earliest (or, for an open start, latest) day")
        List<TimelineEntry> items,

        @Schema(description = "claims the sources give no date for")
        List<TimelineEntry> undated) {}

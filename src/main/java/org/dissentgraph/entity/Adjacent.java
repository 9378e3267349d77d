package org.dissentgraph.entity;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** One relationship of a node, seen from that node. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record Adjacent(
        @Schema(description = "the relationship's stable id")
        String id,

        @Schema(description = "relationship type, e.g. MEMBER_OF")
        String type,

        @Schema(
                description = "out: from this node to the other; in: from the other to this node",
                allowableValues = {"out", "in"})
        String direction,

        Ref other,

        @Schema(
                description = "the relationship's own properties (role, date, quote...), dates as ISO strings",
                type = "object",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
        Map<String, Object> properties,

        @Nullable When when,
        List<Citation> citations) {}

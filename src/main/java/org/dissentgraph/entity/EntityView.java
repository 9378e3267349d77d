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

/**
 * Any node of the dataset: what it is, its own properties as plain JSON values (dates as ISO
 * strings), its date, the sources it cites and the variants kept beside it.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record EntityView(
        String id,

        @Schema(description = "main label: Person, Congress, Plenum, Penalty...")
        String type,

        List<String> labels,
        String name,

        @Schema(
                description = "the node's own properties (strings, numbers, booleans, lists; dates as ISO strings)",
                type = "object",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE)
        Map<String, Object> properties,

        @Nullable When when,
        List<Citation> citations,

        @Schema(description = "claims kept side by side with this one where sources disagree (VARIANT_OF either way)")
        List<Ref> variants) {}

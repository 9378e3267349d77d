package org.dissentgraph.search;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** One node found: its id, main label, display name and full-text score. */
@Serdeable
@Schema(description = "a node matching the search")
record SearchHit(
        String id,
        String type,
        String name,

        @Schema(description = "Lucene relevance; compare only within one match kind")
        double score,

        @Schema(
                description =
                        "exact: the words as written (or a name starting with them); fuzzy: a spelling variant within one or two edits",
                allowableValues = {"exact", "fuzzy"})
        String match) {}

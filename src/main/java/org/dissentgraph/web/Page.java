package org.dissentgraph.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The one envelope of every paged answer: how many match over all pages, the page asked for, and
 * its items ({@code []} past the end). The repositories read {@code total} and {@code items} in one
 * read transaction, so the two agree.
 */
@Serdeable
@Schema(description = "one page of items and how many match over all pages")
public record Page<T>(
        @Schema(description = "how many items match, over all pages")
        long total,

        @Schema(description = "page size asked for") int limit,

        @Schema(description = "items skipped before this page")
        int offset,

        @JsonInclude(JsonInclude.Include.ALWAYS) List<T> items) {}

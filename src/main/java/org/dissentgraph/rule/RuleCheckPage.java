package org.dissentgraph.rule;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of checked decisions, oldest first, and how many there are in all; {@code items} is [] past the end. */
@Serdeable
public record RuleCheckPage(
        long total,
        int limit,
        int offset,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<RuleCheck> items) {}

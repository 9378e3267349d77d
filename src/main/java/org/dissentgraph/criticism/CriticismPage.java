package org.dissentgraph.criticism;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of criticisms and how many match in all; {@code items} is [] past the end. */
@Serdeable
public record CriticismPage(
        long total,
        int limit,
        int offset,
        @JsonInclude(JsonInclude.Include.ALWAYS) List<Criticism> items) {}

package org.dissentgraph.criticism;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** Who criticized whom, when, where, in what words, on whose evidence. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criticism(
        String id,
        List<Ref> critics,
        List<Ref> targets,
        When when,
        @Nullable Ref venue,
        @Nullable Ref document,
        @Nullable String quote,
        String summary,
        @Nullable String aftermath,
        String confidence,
        String status,
        @Nullable String note,
        List<Citation> citations) {}

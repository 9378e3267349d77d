package org.dissentgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Map;

/**
 * One piece of evidence: the source and what it says. Node claims cite through {@code CITES}
 * relationships, relationship claims through {@code sourceIds}; both come out in this shape.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Citation(
        String sourceId,
        String title,
        @Nullable String author,
        @Nullable String url,
        String kind,
        @Nullable String quote,
        @Nullable String page,
        @Nullable String aspect) {

    /** From a map with the keys of this record (as the Cypher files return them). */
    public static Citation of(Map<String, Object> m) {
        return new Citation(
                str(m, "sourceId"),
                str(m, "title"),
                str(m, "author"),
                str(m, "url"),
                str(m, "kind"),
                str(m, "quote"),
                str(m, "page"),
                str(m, "aspect"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object value = m.get(key);
        return value == null ? null : value.toString();
    }
}

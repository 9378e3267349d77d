package org.dissentgraph.model;

import io.micronaut.serde.annotation.Serdeable;
import org.neo4j.driver.Value;

/** A node named in an answer: its stable id, its type (main label) and its name. */
@Serdeable
public record Ref(String id, String type, String name) {

    /** From a map {@code {id, type, name}} as the Cypher files return it. */
    public static Ref of(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new Ref(
                v.get("id").asString(),
                v.get("type").asString(null),
                v.get("name").asString(null));
    }
}

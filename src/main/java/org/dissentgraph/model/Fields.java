package org.dissentgraph.model;

import org.neo4j.driver.Value;

/** Optional fields of a map value returned by Cypher: null where absent or null. */
public final class Fields {

    private Fields() {}

    public static String text(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asString();
    }

    public static Long number(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asLong();
    }
}

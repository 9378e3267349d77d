package org.dissentgraph.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/** Driver values as plain JSON values: strings, numbers, booleans, lists, maps; dates and times as ISO strings. */
final class PlainValues {

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    private PlainValues() {}

    /** The properties of a map value, sorted by key, without {@code hidden} keys and without nulls. */
    static Map<String, Object> properties(Value map, Set<String> hidden) {
        Map<String, Object> out = new TreeMap<>();
        if (map == null || map.isNull()) {
            return out;
        }
        for (String key : map.keys()) {
            Value value = map.get(key);
            if (!hidden.contains(key) && !value.isNull()) {
                out.put(key, plain(value));
            }
        }
        return out;
    }

    static Object plain(Value v) {
        if (v.isNull()) {
            return null;
        }
        if (v.hasType(TYPES.STRING())) {
            return v.asString();
        }
        if (v.hasType(TYPES.INTEGER())) {
            return v.asLong();
        }
        if (v.hasType(TYPES.FLOAT())) {
            return v.asDouble();
        }
        if (v.hasType(TYPES.BOOLEAN())) {
            return v.asBoolean();
        }
        if (v.hasType(TYPES.LIST())) {
            List<Object> list = new ArrayList<>(v.size());
            v.values().forEach(item -> list.add(plain(item)));
            return list;
        }
        if (v.hasType(TYPES.MAP())) {
            return properties(v, Set.of());
        }
        // DATE, LOCAL_DATE_TIME, DATE_TIME, TIME, DURATION, POINT...: their ISO text
        return v.asObject().toString();
    }
}

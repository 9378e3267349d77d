package org.dissentgraph.neo4j;

import java.time.LocalDate;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.neo4j.driver.Value;

/**
 * The shared {@code model} records read from driver values, as the Cypher files return them: the
 * one place the repositories share for it, so the records themselves know nothing of the driver.
 */
public final class Rows {

    private Rows() {}

    /** From a map {@code {id, type, name}}; null for null. */
    public static Ref ref(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        return new Ref(
                v.get("id").asString(),
                v.get("type").asString(null),
                v.get("name").asString(null));
    }

    /** From a node or relationship value with {@code date}, {@code earliest}, {@code latest}, {@code precision}. */
    public static When when(Value v) {
        if (v == null || v.isNull()) {
            return null;
        }
        String text = v.get("date").isNull() ? null : v.get("date").asString();
        LocalDate earliest =
                v.get("earliest").isNull() ? null : v.get("earliest").asLocalDate();
        LocalDate latest = v.get("latest").isNull() ? null : v.get("latest").asLocalDate();
        String precision =
                v.get("precision").isNull() ? null : v.get("precision").asString();
        if (text == null && earliest == null && latest == null) {
            return null;
        }
        return new When(text, earliest, latest, precision);
    }

    /** A list of citation maps; empty for null. */
    public static List<Citation> citations(Value list) {
        return list == null || list.isNull() ? List.of() : list.asList(v -> Citation.of(v.asMap()));
    }

    /** An optional text field of a map value: null where absent or null. */
    public static String text(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asString();
    }

    /** An optional number field of a map value: null where absent or null. */
    public static Long number(Value map, String key) {
        Value v = map.get(key);
        return v.isNull() ? null : v.asLong();
    }
}

package org.dissentgraph.export;

import io.micronaut.core.annotation.Nullable;
import java.util.Map;

/**
 * One relationship of an export: its stable id, the ids of its start and end nodes, its type and
 * every property by name in name order, as Java values.
 */
record ExportEdge(String id, String source, String target, String type, Map<String, Object> properties) {

    @Nullable
    Object earliest() {
        return properties.get("earliest");
    }

    @Nullable
    Object latest() {
        return properties.get("latest");
    }
}

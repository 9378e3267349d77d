package org.dissentgraph.export;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One node of an export: its id, all its labels ({@code Entity} first), its main label
 * ({@code type}), for a person the faction they belonged to (derived: the first attested in the
 * window), and every property by name in name order, as Java values (String, Long, Double,
 * Boolean, LocalDate, List...); for a faction criticized after its end, the latest day of its last
 * criticism ({@code criticizedUntil}, which the GEXF timeline keeps it to, see {@link Spells}).
 */
record ExportNode(
        String id,
        List<String> labels,
        String type,
        @Nullable String faction,
        @Nullable LocalDate criticizedUntil,
        Map<String, Object> properties) {

    /** The display name: {@code name}, else {@code title}, else the id. */
    String label() {
        Object name = properties.get("name");
        if (name == null) {
            name = properties.get("title");
        }
        return name == null ? id : Values.text(name);
    }

    /** The earliest day the node can stand for, or null. */
    @Nullable
    Object earliest() {
        return properties.get("earliest");
    }

    @Nullable
    Object latest() {
        return properties.get("latest");
    }
}

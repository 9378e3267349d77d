package org.dissentgraph.export;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The property columns of an export, known before its first node is written: for each main label
 * of its nodes and each type of its relationships, every property name with its {@link PropertyType}.
 */
final class ExportSchema {

    private final SortedMap<String, SortedMap<String, PropertyType>> nodeColumns = new TreeMap<>();
    private final SortedMap<String, SortedMap<String, PropertyType>> edgeColumns = new TreeMap<>();

    void addNodeColumn(String label, String property, PropertyType type) {
        add(nodeColumns, label, property, type);
    }

    void addEdgeColumn(String relType, String property, PropertyType type) {
        add(edgeColumns, relType, property, type);
    }

    private static void add(
            Map<String, SortedMap<String, PropertyType>> columns, String group, String property, PropertyType type) {
        columns.computeIfAbsent(group, g -> new TreeMap<>()).merge(property, type, PropertyType::merge);
    }

    /** The columns of the nodes of one main label, by name (a copy). */
    SortedMap<String, PropertyType> nodeColumns(String label) {
        return new TreeMap<>(nodeColumns.getOrDefault(label, new TreeMap<>()));
    }

    /** The columns of the relationships of one type, by name (a copy). */
    SortedMap<String, PropertyType> edgeColumns(String relType) {
        return new TreeMap<>(edgeColumns.getOrDefault(relType, new TreeMap<>()));
    }

    /** Every node column across all labels, a column of several types taking the type that holds them all. */
    SortedMap<String, PropertyType> allNodeColumns() {
        return union(nodeColumns);
    }

    /** Every relationship column across all types. */
    SortedMap<String, PropertyType> allEdgeColumns() {
        return union(edgeColumns);
    }

    private static SortedMap<String, PropertyType> union(Map<String, SortedMap<String, PropertyType>> columns) {
        SortedMap<String, PropertyType> all = new TreeMap<>();
        columns.values().forEach(group -> group.forEach((name, type) -> all.merge(name, type, PropertyType::merge)));
        return all;
    }
}

package org.dissentgraph.export;

import java.io.IOException;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes one export format as its rows arrive: the columns first, then every node, then every
 * relationship. Each call writes to the output stream given at construction; {@link #flush()}
 * pushes what is buffered through to it.
 */
interface ExportWriter {

    void start(ExportSchema schema) throws IOException;

    void node(ExportNode node) throws IOException;

    /** Called once after the last node, before the first relationship. */
    void startEdges() throws IOException;

    void edge(ExportEdge edge) throws IOException;

    /** Ends the document; the output stream is left open. */
    void finish() throws IOException;

    void flush() throws IOException;

    /**
     * The node attributes the graph formats (GraphML, GEXF, Cytoscape) carry: every property, plus
     * {@code labels} (all labels, {@code :Entity:Person} as Neo4j's own GraphML export writes them),
     * {@code label} (the name, which Gephi and yEd show) and for a person {@code faction}
     * (derived); a property of the same name wins over a derived value.
     */
    static SortedMap<String, PropertyType> nodeAttributes(ExportSchema schema) {
        SortedMap<String, PropertyType> columns = new TreeMap<>();
        columns.put("labels", PropertyType.STRING);
        columns.put("label", PropertyType.STRING);
        columns.put("faction", PropertyType.STRING);
        columns.putAll(schema.allNodeColumns());
        return columns;
    }

    /** The values of {@link #nodeAttributes} for one node. */
    static Map<String, Object> nodeValues(ExportNode node) {
        Map<String, Object> values = new TreeMap<>();
        values.put("labels", ":" + String.join(":", node.labels()));
        values.put("label", node.label());
        if (node.faction() != null) {
            values.put("faction", node.faction());
        }
        values.putAll(node.properties());
        return values;
    }

    /**
     * The relationship attributes of the graph formats: every property, plus {@code type} (the
     * relationship type, which wins over a property of that name) and {@code label} (the type
     * again, which Gephi and yEd show on the edge).
     */
    static SortedMap<String, PropertyType> edgeAttributes(ExportSchema schema) {
        SortedMap<String, PropertyType> columns = new TreeMap<>();
        columns.put("label", PropertyType.STRING);
        columns.putAll(schema.allEdgeColumns());
        columns.put("type", PropertyType.STRING);
        return columns;
    }

    /** The values of {@link #edgeAttributes} for one relationship. */
    static Map<String, Object> edgeValues(ExportEdge edge) {
        Map<String, Object> values = new TreeMap<>();
        values.put("label", edge.type());
        values.putAll(edge.properties());
        values.put("type", edge.type());
        return values;
    }
}

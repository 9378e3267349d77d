package org.dissentgraph.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cytoscape.js JSON ({@code elements.nodes[].data}, {@code elements.edges[].data}), which
 * Cytoscape.js loads as it is, Cytoscape desktop imports as a {@code .cyjs} network and networkx
 * reads with {@code cytoscape_graph} (top-level {@code data}, {@code directed: true},
 * {@code multigraph: true}; node {@code value} and edge {@code key} repeat the ids). Written with
 * Jackson's streaming generator as rows arrive. Node data: {@code id}, {@code label} (the name),
 * {@code type} (main label), {@code labels} (all), {@code faction} for a person, then every
 * property; edge data: {@code id}, {@code source}, {@code target}, {@code type} (the relationship
 * type), then every property. Dates are ISO strings, lists JSON arrays, numbers and booleans native.
 */
final class CytoscapeWriter implements ExportWriter {

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> NODE_FIELDS = Set.of("id", "value", "label", "type", "labels", "faction");
    private static final Set<String> EDGE_FIELDS = Set.of("id", "key", "source", "target", "type");

    private final JsonGenerator json;
    private final Selection selection;

    CytoscapeWriter(OutputStream out, Selection selection) throws IOException {
        this.selection = selection;
        this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
        this.json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override
    public void start(ExportSchema schema) throws IOException {
        json.writeStartObject();
        json.writeStringField("format_version", "1.0");
        json.writeStringField("generated_by", "Dissent Graph");
        json.writeStringField("target_cytoscapejs_version", "~3.0");
        // networkx.cytoscape_graph reads these two and keys nodes by data.value, parallel edges by data.key
        json.writeBooleanField("directed", true);
        json.writeBooleanField("multigraph", true);
        json.writeObjectFieldStart("data");
        json.writeStringField("name", "Dissent Graph");
        json.writeStringField("description", selection.describe());
        json.writeEndObject();
        json.writeObjectFieldStart("elements");
        json.writeArrayFieldStart("nodes");
    }

    @Override
    public void node(ExportNode node) throws IOException {
        json.writeRaw('\n');
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", node.id());
        json.writeStringField("value", node.id());
        json.writeStringField("label", node.label());
        if (node.type() != null) {
            json.writeStringField("type", node.type());
        }
        json.writeArrayFieldStart("labels");
        for (String label : node.labels()) {
            json.writeString(label);
        }
        json.writeEndArray();
        if (node.faction() != null) {
            json.writeStringField("faction", node.faction());
        }
        properties(node.properties(), NODE_FIELDS);
        json.writeEndObject();
        json.writeEndObject();
    }

    @Override
    public void startEdges() throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("edges");
    }

    @Override
    public void edge(ExportEdge edge) throws IOException {
        json.writeRaw('\n');
        json.writeStartObject();
        json.writeObjectFieldStart("data");
        json.writeStringField("id", edge.id());
        json.writeStringField("key", edge.id());
        json.writeStringField("source", edge.source());
        json.writeStringField("target", edge.target());
        json.writeStringField("type", edge.type());
        properties(edge.properties(), EDGE_FIELDS);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** Every property not already written under that name. */
    private void properties(Map<String, Object> properties, Set<String> written) throws IOException {
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            if (property.getValue() != null && !written.contains(property.getKey())) {
                json.writeFieldName(property.getKey());
                value(property.getValue());
            }
        }
    }

    private void value(Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                value(element);
            }
            json.writeEndArray();
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
            json.writeNumber(d);
        } else if (value instanceof TemporalAccessor || value instanceof Double) {
            json.writeString(Values.text(value));
        } else {
            json.writeString(String.valueOf(value));
        }
    }

    @Override
    public void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject(); // elements
        json.writeEndObject();
        json.writeRaw('\n');
        json.flush();
    }

    @Override
    public void flush() throws IOException {
        json.flush();
    }
}

package org.dissentgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.stream.XMLStreamException;

/**
 * GraphML (http://graphml.graphdrawing.org/), written with StAX as rows arrive. Every property is
 * a {@code <key>} with its {@code attr.type} (string, long, double, boolean; dates as ISO strings;
 * lists joined with {@code ;}); nodes also carry {@code labels}, {@code label} and {@code faction},
 * and every edge carries its relationship type as the declared attribute {@code type} (and as
 * {@code label}), so the types survive a round trip through tools that drop GraphML edge labels.
 * Node ids are the dataset's ids; edge ids, which GraphML wants as XML name tokens, are the
 * relationship's id with {@code |} written as {@code :} (the exact id stays in its {@code id} data).
 */
final class GraphMlWriter extends XmlExportWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private final Selection selection;
    private SortedMap<String, PropertyType> nodeKeys;
    private SortedMap<String, PropertyType> edgeKeys;

    GraphMlWriter(OutputStream out, Selection selection) throws IOException {
        super(out);
        this.selection = selection;
    }

    @Override
    public void start(ExportSchema schema) throws IOException {
        nodeKeys = ExportWriter.nodeAttributes(schema);
        edgeKeys = ExportWriter.edgeAttributes(schema);
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute(
                    "xsi", XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            for (Map.Entry<String, PropertyType> key : nodeKeys.entrySet()) {
                key("n.", "node", key.getKey(), key.getValue());
            }
            for (Map.Entry<String, PropertyType> key : edgeKeys.entrySet()) {
                key("e.", "edge", key.getKey(), key.getValue());
            }
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "dissent-graph");
            xml.writeAttribute("edgedefault", "directed");
            xml.writeCharacters("\n    ");
            xml.writeStartElement("desc");
            xml.writeCharacters(Values.xml(selection.describe()));
            xml.writeEndElement();
        });
    }

    private void key(String prefix, String domain, String name, PropertyType type) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", prefix + Values.nameToken(name));
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", Values.nameToken(name));
        xml.writeAttribute("attr.type", type.xml());
    }

    @Override
    public void node(ExportNode node) throws IOException {
        write(() -> {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", Values.nameToken(node.id()));
            data("n.", nodeKeys, ExportWriter.nodeValues(node));
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        });
    }

    @Override
    public void startEdges() {}

    @Override
    public void edge(ExportEdge edge) throws IOException {
        write(() -> {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edge");
            xml.writeAttribute("id", Values.nameToken(edge.id()));
            xml.writeAttribute("source", Values.nameToken(edge.source()));
            xml.writeAttribute("target", Values.nameToken(edge.target()));
            data("e.", edgeKeys, ExportWriter.edgeValues(edge));
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        });
    }

    private void data(String prefix, Map<String, PropertyType> keys, Map<String, Object> values)
            throws XMLStreamException {
        declaredValues(keys, values, (key, text) -> {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("data");
            xml.writeAttribute("key", prefix + Values.nameToken(key));
            xml.writeCharacters(Values.xml(text));
            xml.writeEndElement();
        });
    }

    @Override
    public void finish() throws IOException {
        close("\n  ", "\n"); // graph, graphml
    }
}

package org.dissentgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (http://graphml.graphdrawing.org/), written with StAX as rows arrive. Every property is
 * a {@code <key>} with its {@code attr.type} (string, long, double, boolean; dates as ISO strings;
 * lists joined with {@code ;}); nodes also carry {@code labels}, {@code label} and {@code faction},
 * and every edge carries its relationship type as the declared attribute {@code type} (and as
 * {@code label}), so the types survive a round trip through tools that drop GraphML edge labels.
 * Node ids are the dataset's ids; edge ids, which GraphML wants as XML name tokens, are the
 * relationship's id with {@code |} written as {@code :} (the exact id stays in its {@code id} data).
 */
final class GraphMlWriter implements ExportWriter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    private final XMLStreamWriter xml;
    private final Selection selection;
    private SortedMap<String, PropertyType> nodeKeys;
    private SortedMap<String, PropertyType> edgeKeys;

    GraphMlWriter(OutputStream out, Selection selection) throws IOException {
        this.selection = selection;
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void start(ExportSchema schema) throws IOException {
        nodeKeys = ExportWriter.nodeAttributes(schema);
        edgeKeys = ExportWriter.edgeAttributes(schema);
        try {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
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
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
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
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", Values.nameToken(node.id()));
            data("n.", nodeKeys, ExportWriter.nodeValues(node), "\n      ");
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void startEdges() {}

    @Override
    public void edge(ExportEdge edge) throws IOException {
        try {
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edge");
            xml.writeAttribute("id", Values.nameToken(edge.id()));
            xml.writeAttribute("source", Values.nameToken(edge.source()));
            xml.writeAttribute("target", Values.nameToken(edge.target()));
            data("e.", edgeKeys, ExportWriter.edgeValues(edge), "\n      ");
            xml.writeCharacters("\n    ");
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void data(String prefix, Map<String, PropertyType> keys, Map<String, Object> values, String indent)
            throws XMLStreamException {
        for (Map.Entry<String, Object> value : values.entrySet()) {
            String text = Values.text(value.getValue());
            if (text == null || !keys.containsKey(value.getKey())) {
                continue;
            }
            xml.writeCharacters(indent);
            xml.writeStartElement("data");
            xml.writeAttribute("key", prefix + Values.nameToken(value.getKey()));
            xml.writeCharacters(Values.xml(text));
            xml.writeEndElement();
        }
    }

    @Override
    public void finish() throws IOException {
        try {
            xml.writeCharacters("\n  ");
            xml.writeEndElement(); // graph
            xml.writeCharacters("\n");
            xml.writeEndElement(); // graphml
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    @Override
    public void flush() throws IOException {
        try {
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }
}

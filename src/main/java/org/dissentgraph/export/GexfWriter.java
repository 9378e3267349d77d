package org.dissentgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.stream.XMLStreamException;

/**
 * GEXF 1.3 (https://gexf.net/), Gephi's own format, written with StAX as rows arrive. The graph is
 * dynamic with {@code timeformat="date"}: every node and edge has {@code start} and {@code end}
 * from its spell ({@link Spells}: its earliest and latest day, a document open-ended, an edge
 * clipped to its nodes' spells, everything clipped to {@code from}/{@code to}), omitted where open,
 * so Gephi's timeline plays the careers, oppositions and purges and never shows an edge without
 * its nodes. The spells of the nodes written are kept, by id, to clip the edges. Attributes are declared per class (node, edge) with
 * their types; an edge's relationship type is its {@code kind} (Gephi's edge type), its
 * {@code label} and the attribute {@code type}. Ids are the dataset's exact ids.
 */
final class GexfWriter extends XmlExportWriter {

    static final String NS = "http://gexf.net/1.3";
    private final Selection selection;
    private final Map<String, Spells.Spell> spells = new HashMap<>();
    private SortedMap<String, PropertyType> nodeAttributes;
    private SortedMap<String, PropertyType> edgeAttributes;

    GexfWriter(OutputStream out, Selection selection) throws IOException {
        super(out);
        this.selection = selection;
    }

    @Override
    public void start(ExportSchema schema) throws IOException {
        // The id and the label are the element's own attributes, and columns of those names would
        // collide with Gephi's built-in Id and Label columns.
        nodeAttributes = ExportWriter.nodeAttributes(schema);
        nodeAttributes.remove("id");
        nodeAttributes.remove("label");
        edgeAttributes = ExportWriter.edgeAttributes(schema);
        edgeAttributes.remove("id");
        edgeAttributes.remove("label");
        write(() -> {
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xsi", XSI);
            xml.writeAttribute("xsi", XSI, "schemaLocation", NS + " http://gexf.net/1.3/gexf.xsd");
            xml.writeAttribute("version", "1.3");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("meta");
            xml.writeAttribute("lastmodifieddate", LocalDate.now(ZoneOffset.UTC).toString());
            element("creator", "Dissent Graph", "\n    ");
            element("description", selection.describe(), "\n    ");
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n  ");
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "dynamic");
            xml.writeAttribute("defaultedgetype", "directed");
            xml.writeAttribute("timeformat", "date");
            xml.writeAttribute("timerepresentation", "interval");
            declare("node", nodeAttributes);
            declare("edge", edgeAttributes);
            xml.writeCharacters("\n    ");
            xml.writeStartElement("nodes");
        });
    }

    private void element(String name, String text, String indent) throws XMLStreamException {
        xml.writeCharacters(indent);
        xml.writeStartElement(name);
        xml.writeCharacters(Values.xml(text));
        xml.writeEndElement();
    }

    private void declare(String domain, Map<String, PropertyType> attributes) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", domain);
        xml.writeAttribute("mode", "static");
        for (Map.Entry<String, PropertyType> attribute : attributes.entrySet()) {
            xml.writeCharacters("\n      ");
            xml.writeEmptyElement("attribute");
            xml.writeAttribute("id", attribute.getKey());
            xml.writeAttribute("title", attribute.getKey());
            xml.writeAttribute("type", attribute.getValue().xml());
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
    }

    @Override
    public void node(ExportNode node) throws IOException {
        write(() -> {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("node");
            xml.writeAttribute("id", Values.xml(node.id()));
            xml.writeAttribute("label", Values.xml(node.label()));
            Spells.Spell spell = Spells.node(node, selection.from(), selection.to());
            spells.put(node.id(), spell);
            span(spell);
            attvalues(nodeAttributes, ExportWriter.nodeValues(node));
            xml.writeEndElement();
        });
    }

    @Override
    public void startEdges() throws IOException {
        write(() -> {
            xml.writeCharacters("\n    ");
            xml.writeEndElement(); // nodes
            xml.writeCharacters("\n    ");
            xml.writeStartElement("edges");
        });
    }

    @Override
    public void edge(ExportEdge edge) throws IOException {
        write(() -> {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("edge");
            xml.writeAttribute("id", Values.xml(edge.id()));
            xml.writeAttribute("source", Values.xml(edge.source()));
            xml.writeAttribute("target", Values.xml(edge.target()));
            xml.writeAttribute("kind", edge.type());
            xml.writeAttribute("label", edge.type());
            span(Spells.edge(
                    edge,
                    spells.getOrDefault(edge.source(), Spells.Spell.ALWAYS),
                    spells.getOrDefault(edge.target(), Spells.Spell.ALWAYS),
                    selection.from(),
                    selection.to()));
            attvalues(edgeAttributes, ExportWriter.edgeValues(edge));
            xml.writeEndElement();
        });
    }

    /** {@code start} and {@code end} of a spell, each only where not open. */
    private void span(Spells.Spell spell) throws XMLStreamException {
        if (spell.start() != null) {
            xml.writeAttribute("start", spell.start().toString());
        }
        if (spell.end() != null) {
            xml.writeAttribute("end", spell.end().toString());
        }
    }

    private void attvalues(Map<String, PropertyType> declared, Map<String, Object> values) throws XMLStreamException {
        boolean[] open = {false};
        declaredValues(declared, values, (key, text) -> {
            if (!open[0]) {
                xml.writeStartElement("attvalues");
                open[0] = true;
            }
            xml.writeEmptyElement("attvalue");
            xml.writeAttribute("for", key);
            xml.writeAttribute("value", Values.xml(text));
        });
        if (open[0]) {
            xml.writeEndElement();
        }
    }

    @Override
    public void finish() throws IOException {
        close("\n    ", "\n  ", "\n"); // edges, graph, gexf
    }
}

package org.dissentgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * What the XML formats (GraphML, GEXF) share: a StAX writer whose failures come out as the
 * {@link IOException}s an {@link ExportWriter} throws, the declared values of a node or edge, and
 * the closing of the document.
 */
abstract class XmlExportWriter implements ExportWriter {

    static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";

    final XMLStreamWriter xml;

    XmlExportWriter(OutputStream out) throws IOException {
        try {
            this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Some StAX writing. */
    interface Writing {
        void run() throws XMLStreamException;
    }

    /** Runs {@code writing}, a StAX failure becoming an {@link IOException}. */
    final void write(Writing writing) throws IOException {
        try {
            writing.run();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** How a format writes one value: the key it is declared under and its text. */
    interface Value {
        void write(String key, String text) throws XMLStreamException;
    }

    /** Each of {@code values} that has a text and is {@code declared}, in order, through {@code value}. */
    static void declaredValues(Map<String, PropertyType> declared, Map<String, Object> values, Value value)
            throws XMLStreamException {
        for (Map.Entry<String, Object> entry : values.entrySet()) {
            String text = Values.text(entry.getValue());
            if (text != null && declared.containsKey(entry.getKey())) {
                value.write(entry.getKey(), text);
            }
        }
    }

    /** Closes the open elements, innermost first, each after its indent; then ends the document and flushes. */
    final void close(String... indents) throws IOException {
        write(() -> {
            for (String indent : indents) {
                xml.writeCharacters(indent);
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        });
    }

    @Override
    public void flush() throws IOException {
        write(xml::flush);
    }
}

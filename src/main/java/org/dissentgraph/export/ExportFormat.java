package org.dissentgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;

/** The formats of {@code GET /api/export/{format}}: name in the path, media type, file extension, writer. */
enum ExportFormat {
    GRAPHML("graphml", "application/graphml+xml", "graphml", GraphMlWriter::new),
    GEXF("gexf", "application/gexf+xml", "gexf", GexfWriter::new),
    CYTOSCAPE("cytoscape", "application/json", "cyjs", CytoscapeWriter::new),
    NEO4J_CSV("neo4j-csv", "application/zip", "zip", (out, selection) -> new Neo4jCsvWriter(out, selection));

    /** The names the path accepts, as a 400 lists them. */
    static final List<String> NAMES =
            Arrays.stream(values()).map(ExportFormat::id).toList();

    @FunctionalInterface
    private interface WriterFactory {
        ExportWriter create(OutputStream out, Selection selection) throws IOException;
    }

    private final String id;
    private final String mediaType;
    private final String extension;
    private final WriterFactory writers;

    ExportFormat(String id, String mediaType, String extension, WriterFactory writers) {
        this.id = id;
        this.mediaType = mediaType;
        this.extension = extension;
        this.writers = writers;
    }

    String id() {
        return id;
    }

    String mediaType() {
        return mediaType;
    }

    /** The name of the downloaded file: {@code dissent-graph.graphml}, {@code dissent-graph.zip}... */
    String fileName() {
        return "dissent-graph." + extension;
    }

    ExportWriter writer(OutputStream out, Selection selection) throws IOException {
        return writers.create(out, selection);
    }

    static ExportFormat of(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst().orElseThrow();
    }
}

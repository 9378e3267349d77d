package org.dissentgraph.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bytes of one export, produced as they are read: each time the reader has taken everything
 * produced so far, the next few rows are pulled from the open transaction and written in the
 * format. Memory stays at a few rows and the format's own buffers, however large the graph; the
 * transaction ends at the last byte, or when the reader closes the stream early.
 */
final class ExportStream extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(ExportStream.class);
    /** Rows written per step: enough to fill a network buffer, few enough to keep memory flat. */
    private static final int ROWS_PER_STEP = 200;

    private enum Stage {
        START,
        NODES,
        EDGES,
        DONE
    }

    /** A byte buffer whose content is read in place. */
    private static final class Chunk extends ByteArrayOutputStream {
        byte[] bytes() {
            return buf;
        }
    }

    private final ExportRepository.Cursor cursor;
    private final Chunk chunk = new Chunk();
    private final ExportWriter writer;
    private final String what;
    private Stage stage = Stage.START;
    private Iterator<ExportNode> nodes;
    private Iterator<ExportEdge> edges;
    private int position;
    private boolean closed;

    ExportStream(ExportRepository.Cursor cursor, ExportFormat format, Selection selection) throws IOException {
        this.cursor = cursor;
        this.writer = format.writer(chunk, selection);
        this.what = format.id();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (position >= chunk.size()) {
            if (!produce()) {
                return -1;
            }
        }
        int n = Math.min(len, chunk.size() - position);
        System.arraycopy(chunk.bytes(), position, b, off, n);
        position += n;
        return n;
    }

    @Override
    public int available() {
        return chunk.size() - position;
    }

    /** Writes the next step of the export into the chunk; false once everything was written. */
    private boolean produce() throws IOException {
        if (closed && stage != Stage.DONE) {
            throw new IOException("The export stream is closed");
        }
        chunk.reset();
        position = 0;
        try {
            switch (stage) {
                case START -> {
                    writer.start(cursor.schema());
                    nodes = cursor.nodes();
                    stage = Stage.NODES;
                }
                case NODES -> {
                    for (int i = 0; i < ROWS_PER_STEP && nodes.hasNext(); i++) {
                        writer.node(nodes.next());
                    }
                    if (!nodes.hasNext()) {
                        writer.startEdges();
                        edges = cursor.edges();
                        stage = Stage.EDGES;
                    }
                }
                case EDGES -> {
                    for (int i = 0; i < ROWS_PER_STEP && edges.hasNext(); i++) {
                        writer.edge(edges.next());
                    }
                    if (!edges.hasNext()) {
                        writer.finish();
                        stage = Stage.DONE;
                        close();
                    }
                }
                case DONE -> {
                    return false;
                }
            }
            writer.flush();
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warn("The {} export stopped: {}", what, e.getMessage());
            close();
            throw e instanceof IOException io ? io : new IOException("The export stopped: " + e.getMessage(), e);
        }
    }

    /** Ends the transaction; what was not read is not produced. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            cursor.close();
        }
    }
}

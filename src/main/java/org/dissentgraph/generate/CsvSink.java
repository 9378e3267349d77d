package org.dissentgraph.generate;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** One output file: its header, then rows written as they are made; counts them. */
final class CsvSink implements Closeable {

    private static final CSVFormat FORMAT =
            CSVFormat.RFC4180.builder().setRecordSeparator('\n').get();

    private final Table kind;
    private final int columns;
    private final CSVPrinter printer;
    private long rows;
    private boolean closed;

    CsvSink(Path dir, Table kind, String... header) throws IOException {
        this.kind = kind;
        this.columns = header.length;
        BufferedWriter writer = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(dir.resolve(kind.file())), StandardCharsets.UTF_8),
                1 << 16);
        this.printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord((Object[]) header);
    }

    /** A row, one value per header column; {@code null} is an empty cell. */
    void row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(
                    kind.file() + ": " + values.length + " values for " + columns + " columns");
        }
        try {
            printer.printRecord(values);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot write " + kind.file(), e);
        }
        rows++;
    }

    Table kind() {
        return kind;
    }

    long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            printer.close(true);
        }
    }
}

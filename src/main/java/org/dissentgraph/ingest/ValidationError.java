package org.dissentgraph.ingest;

/**
 * One thing wrong with an input, and where: file, line (1 = the header; 0 = the file as a whole)
 * and column (empty when the whole row or file is meant).
 */
public record ValidationError(String file, long line, String column, String message) {

    @Override
    public String toString() {
        StringBuilder where = new StringBuilder(file);
        if (line > 0) {
            where.append(':').append(line);
        }
        if (column != null && !column.isEmpty()) {
            where.append(" [").append(column).append(']');
        }
        return where + ": " + message;
    }
}

package org.dissentgraph.neo4j;

import java.util.Locale;

/** Parses sizes written the way Neo4j writes them: {@code 512m}, {@code 1g}, {@code 65536}. */
final class ByteSize {

    private ByteSize() {}

    static long parse(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = value.isEmpty() ? ' ' : value.charAt(value.length() - 1);
        switch (last) {
            case 'k' -> unit = 1L << 10;
            case 'm' -> unit = 1L << 20;
            case 'g' -> unit = 1L << 30;
            default -> unit = 1;
        }
        String digits = unit == 1 ? value : value.substring(0, value.length() - 1);
        try {
            return Long.parseLong(digits.trim()) * unit;
        } catch (NumberFormatException e) {
            throw new StartupFailure("Page cache size '" + text + "' is not a size like 256m or 1g (NEO4J_PAGE_CACHE)");
        }
    }
}

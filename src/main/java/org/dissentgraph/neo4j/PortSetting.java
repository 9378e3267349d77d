package org.dissentgraph.neo4j;

/**
 * A port read from a setting ({@code MICRONAUT_SERVER_PORT}, {@code NEO4J_BOLT_PORT},
 * {@code NEO4J_HTTP_PORT}): a whole number in range, or a {@link StartupFailure} naming the setting
 * and the value, so a typo ends in one line instead of a stack trace.
 */
public final class PortSetting {

    private PortSetting() {}

    /**
     * Parses {@code value} (blank: {@code fallback}); {@code lowest} is the smallest value the setting
     * takes ({@code 0} picks a free port for Neo4j, {@code -1} for Micronaut).
     */
    public static int parse(String setting, String value, int fallback, int lowest) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        String text = value.strip();
        String hint = lowest < 0
                ? " is not a port: use 1 to 65535, or -1 for a free one."
                : " is not a port: use 1 to 65535, or 0 for a free one.";
        int port;
        try {
            port = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new StartupFailure(setting + "=" + shown(value) + hint);
        }
        if (port < lowest || port > 65_535) {
            throw new StartupFailure(setting + "=" + shown(value) + hint);
        }
        return port;
    }

    /** The value as typed, quoted when it has spaces, cut when it is long, with control characters shown escaped. */
    private static String shown(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toCharArray()) {
            out.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            if (out.length() > 40) {
                out.append("...");
                break;
            }
        }
        String text = out.toString();
        return text.isEmpty() || !text.equals(text.strip()) || text.contains(" ") ? "'" + text + "'" : text;
    }
}

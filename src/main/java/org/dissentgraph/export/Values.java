package org.dissentgraph.export;

import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.stream.Collectors;

/** How property values become text in the exports: one place, so every format agrees. */
final class Values {

    /** Lists are joined with this, as in the import format and for {@code --array-delimiter}. */
    static final String LIST_DELIMITER = ";";

    private Values() {}

    /** The text of a value: dates and times in ISO form, lists joined with {@value #LIST_DELIMITER}; null stays null. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::scalar).collect(Collectors.joining(LIST_DELIMITER));
        }
        return scalar(value);
    }

    private static String scalar(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof TemporalAccessor) {
            return value.toString(); // LocalDate.toString() is ISO 8601, as are the other java.time types
        }
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            return d.isNaN() ? "NaN" : d > 0 ? "INF" : "-INF";
        }
        return String.valueOf(value);
    }

    /** {@code text} without the characters XML 1.0 cannot carry (control characters other than tab and line breaks). */
    static String xml(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || (c >= 0x10000 && c <= 0x10FFFF);
            if (!allowed && clean == null) {
                clean = new StringBuilder(text.substring(0, i));
            }
            if (allowed && clean != null) {
                clean.appendCodePoint(c);
            }
            i += Character.charCount(c);
        }
        return clean == null ? text : clean.toString();
    }

    /**
     * An XML name token for {@code id}, as GraphML requires of ids: {@code |} becomes {@code :},
     * any other character outside letters, digits, {@code . - _} becomes {@code _xHH_} (its code
     * point in hex). Node ids of the import format are name tokens already and stay as they are.
     */
    static String nameToken(String id) {
        StringBuilder token = new StringBuilder(id.length());
        id.codePoints().forEach(c -> {
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '.'
                    || c == '-'
                    || c == '_') {
                token.appendCodePoint(c);
            } else if (c == '|') {
                token.append(':');
            } else {
                token.append("_x").append(Integer.toHexString(c).toUpperCase()).append('_');
            }
        });
        return token.isEmpty() ? "_" : token.toString();
    }
}

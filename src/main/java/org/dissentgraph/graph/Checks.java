package org.dissentgraph.graph;

import java.util.List;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;

/**
 * Parameter checks the graph endpoints need beyond {@link Params}: numbers and required values
 * arrive as text and are checked here, so that {@code depth=abc} or a missing {@code from} is a
 * 400 naming the parameter and what it accepts, like every other bad value.
 */
final class Checks {

    private Checks() {}

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when absent. */
    static int bounded(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Params.bounded(name, Integer.valueOf(value.strip()), fallback, min, max);
        } catch (NumberFormatException e) {
            throw new ApiException.BadParameter(
                    name,
                    "'" + abbreviate(value) + "' is not a whole number; " + name + " must be between " + min + " and "
                            + max,
                    List.of(min + ".." + max));
        }
    }

    /** A value that must be given. */
    static String required(String name, String value, List<String> accepted) {
        if (value == null || value.isBlank()) {
            throw new ApiException.BadParameter(name, "The parameter '" + name + "' is required", accepted);
        }
        return value;
    }

    private static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}

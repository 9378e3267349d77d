package org.dissentgraph.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.time.EdtfException;

/** Checks of request parameters, each failing with a {@link ApiException.BadParameter} naming it. */
public final class Params {

    private Params() {}

    public static int limit(String name, Integer value, int fallback, int max) {
        return bounded(name, value, fallback, 1, max);
    }

    public static int offset(Integer value) {
        return bounded("offset", value, 0, 0, 1_000_000);
    }

    public static int bounded(String name, Integer value, int fallback, int min, int max) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new ApiException.BadParameter(
                    name,
                    name + " must be between " + min + " and " + max + ", not " + value,
                    List.of(min + ".." + max));
        }
        return value;
    }

    /** An EDTF-style date ({@code 1922}, {@code 1921-03}, {@code 1921-06-01}, intervals...). */
    public static Optional<Edtf> date(String name, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Edtf.parse(value));
        } catch (EdtfException e) {
            throw new ApiException.BadParameter(
                    name, e.getMessage(), List.of("YYYY", "YYYY-MM", "YYYY-MM-DD", "EDTF interval a/b"));
        }
    }

    /** One of a fixed set of values (compared without regard to case); returns it as the set spells it. */
    public static Optional<String> oneOf(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(allowed.stream()
                .filter(a -> a.equalsIgnoreCase(value.strip()))
                .findFirst()
                .orElseThrow(() -> new ApiException.BadParameter(
                        name,
                        "'" + ProblemHandlers.abbreviate(value) + "' is not one of " + String.join(", ", allowed),
                        allowed)));
    }

    /** A comma-separated list, each value one of {@code allowed}. */
    public static List<String> listOf(String name, String value, List<String> allowed) {
        return values(name, value == null ? null : List.of(value), allowed);
    }

    /**
     * A filter that takes several values, given repeated ({@code kind=A&kind=B}), comma-separated
     * ({@code kind=A,B}) or both; each value one of {@code allowed}. Empty when none is given.
     */
    public static List<String> values(String name, List<String> given, List<String> allowed) {
        return split(given).stream()
                .map(v -> oneOf(name, v, allowed).orElseThrow())
                .distinct()
                .toList();
    }

    /** Several ids, repeated or comma-separated, each checked as {@link #id}. */
    public static List<String> ids(String name, List<String> given) {
        return split(given).stream().map(v -> id(name, v)).distinct().toList();
    }

    /** The values of a repeated and/or comma-separated parameter, stripped, blanks dropped. */
    public static List<String> split(List<String> given) {
        if (given == null) {
            return List.of();
        }
        return given.stream()
                .filter(v -> v != null)
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** An id as the import format defines it; anything else cannot exist, so it is refused early. */
    public static String id(String name, String value) {
        if (value == null || !value.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            throw new ApiException.BadParameter(
                    name,
                    "'" + ProblemHandlers.abbreviate(String.valueOf(value))
                            + "' is not an id (lower-case letters, digits and '-')",
                    List.of("an id such as kossior-vladimir"));
        }
        return value;
    }

    /** A value quoted back in a problem, shortened when long. */
    public static String abbreviate(String value) {
        return ProblemHandlers.abbreviate(value);
    }

    public static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}

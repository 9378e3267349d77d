package org.dissentgraph.graph;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;

/**
 * The {@code at} of a request: the days an EDTF date can mean ({@code 1922} is all of 1922), or
 * {@link #ANY} when none was asked. Either end may be open.
 */
record At(String text, LocalDate earliest, LocalDate latest) {

    static final At ANY = new At(null, null, null);

    /** An optional {@code at}: empty means no date filter. */
    static At optional(String name, String value) {
        return Params.date(name, value).map(At::of).orElse(ANY);
    }

    /** A required {@code at} that names days: a date or a closed interval. */
    static At required(String name, String value) {
        At at = Params.date(name, value)
                .map(At::of)
                .orElseThrow(() ->
                        new ApiException.BadParameter(name, "The parameter '" + name + "' is required", ACCEPTED));
        if (at.earliest == null || at.latest == null) {
            throw new ApiException.BadParameter(
                    name, "'" + value + "' is open-ended; " + name + " must be a date or a closed interval", ACCEPTED);
        }
        return at;
    }

    /**
     * The window from the first day {@code from} can mean to the last day {@code to} can mean
     * ({@code from=1936&to=1938} is 1936-01-01..1938-12-31); either may be absent (open).
     */
    static At window(String fromName, String from, String toName, String to) {
        LocalDate earliest = Params.date(fromName, from).flatMap(Edtf::earliest).orElse(null);
        LocalDate latest = Params.date(toName, to).flatMap(Edtf::latest).orElse(null);
        if (earliest != null && latest != null && latest.isBefore(earliest)) {
            throw new ApiException.BadParameter(
                    toName,
                    "'" + to + "' ends before " + fromName + " '" + from + "' begins; " + toName
                            + " must not be before " + fromName,
                    List.of("an EDTF date not before " + fromName));
        }
        boolean none = (from == null || from.isBlank()) && (to == null || to.isBlank());
        String text = none
                ? null
                : (from == null || from.isBlank() ? ".." : from.strip()) + "/"
                        + (to == null || to.isBlank() ? ".." : to.strip());
        return new At(text, earliest, latest);
    }

    private static final List<String> ACCEPTED = List.of("YYYY", "YYYY-MM", "YYYY-MM-DD", "closed EDTF interval a/b");

    private static At of(Edtf edtf) {
        return new At(edtf.text(), edtf.earliest().orElse(null), edtf.latest().orElse(null));
    }

    /** The {@code $atEarliest}/{@code $atLatest} parameters of the Cypher files (null: no filter). */
    Map<String, Object> parameters() {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("atEarliest", earliest);
        parameters.put("atLatest", latest);
        return parameters;
    }
}

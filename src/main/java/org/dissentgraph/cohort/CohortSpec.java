package org.dissentgraph.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.time.EdtfException;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;

/**
 * A cohort id taken apart: one or more parts joined by {@code +} (an intersection), each
 * {@code kind:anchor} with, for an organ, an optional {@code @date}.
 */
record CohortSpec(List<Part> parts) {

    static final List<String> KINDS = List.of("signed", "faction", "organ", "penalised");
    static final List<String> EXAMPLES = List.of(
            "signed:declaration-of-46",
            "faction:workers-opposition",
            "organ:central-committee@1934-02-10",
            "penalised:congress-15",
            "signed:declaration-of-46+organ:central-committee@1923-10-15");

    private static final Pattern PART = Pattern.compile("([a-z]+):([a-z0-9][a-z0-9-]{0,79})(?:@(.+))?");

    /** @param at for an organ, the day (or EDTF date) its membership is taken on; null for any time */
    record Part(String kind, String anchor, Edtf at) {

        String id() {
            return kind + ":" + anchor + (at == null ? "" : "@" + at.text());
        }

        String label() {
            return switch (kind) {
                case "signed" -> "Document";
                case "faction" -> "Faction";
                case "organ" -> "Organ";
                default -> "Meeting";
            };
        }
    }

    String id() {
        return String.join("+", parts.stream().map(Part::id).toList());
    }

    /** Parses {@code text}; a 400 naming {@code parameter} when it is not a cohort id. */
    static CohortSpec parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            throw bad(parameter, "a cohort id is required");
        }
        List<Part> parts = new ArrayList<>();
        // in a query string '+' arrives as a space
        for (String piece : text.strip().split("[+ ]+")) {
            Matcher m = PART.matcher(piece);
            if (!m.matches()) {
                throw bad(
                        parameter,
                        "'" + Params.abbreviate(piece) + "' is not a cohort id (kind:id, e.g. " + EXAMPLES.get(0)
                                + ")");
            }
            String kind = m.group(1);
            if (!KINDS.contains(kind)) {
                throw bad(
                        parameter,
                        "'" + kind + "' is not a kind of cohort; kinds: " + String.join(", ", KINDS)
                                + " (delegates of a congress are not recorded in the data)");
            }
            Edtf at = null;
            if (m.group(3) != null) {
                if (!kind.equals("organ")) {
                    throw bad(
                            parameter, "only an organ cohort takes a date (@...): '" + Params.abbreviate(piece) + "'");
                }
                try {
                    at = Edtf.parse(m.group(3));
                } catch (EdtfException e) {
                    throw bad(parameter, "the date of '" + Params.abbreviate(piece) + "': " + e.getMessage());
                }
                if (at.isInterval() || at.earliest().isEmpty()) {
                    throw bad(
                            parameter,
                            "the date of an organ cohort is one date, not an interval: '"
                                    + Params.abbreviate(m.group(3)) + "'");
                }
            }
            parts.add(new Part(kind, m.group(2), at));
        }
        if (parts.size() > 4) {
            throw bad(parameter, "at most 4 parts may be combined, not " + parts.size());
        }
        return new CohortSpec(List.copyOf(parts));
    }

    private static ApiException.BadParameter bad(String parameter, String detail) {
        return new ApiException.BadParameter(parameter, detail, EXAMPLES);
    }
}

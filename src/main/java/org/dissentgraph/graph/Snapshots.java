package org.dissentgraph.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.time.Edtf;

/**
 * The snapshot rule: whether a membership, dated by a fuzzy EDTF interval, held at a date.
 *
 * <p>For {@code 1920/1921-03} the membership began on some day of 1920 (earliest possible start
 * 1920-01-01, latest possible start 1920-12-31) and ended on some day of March 1921 (earliest
 * possible end 1921-03-01, latest possible end 1921-03-31). It held <em>certainly</em> on the days
 * from the latest possible start to the earliest possible end, and <em>possibly</em> on the days
 * from the earliest possible start to the latest possible end. An open end ({@code ..}) is known to
 * continue: a membership {@code 1923/..} still holds, {@code ../1927} held since before any date
 * asked. An unknown end (empty, {@code 1923/}) may have come at any time after the start, so such a
 * membership is certain only within its start and possible ever after; an unknown start likewise.
 * A single date ({@code 1925-12}) is both start and end part, so it is never certain for a whole
 * day-range it does not pin down. An undated membership can only possibly have held. When the date
 * asked is a range ({@code 1922}), certainly means on every day of it, possibly on some day.
 */
final class Snapshots {

    enum Certainty {
        CERTAINLY,
        POSSIBLY;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One membership as the snapshot query returns it. */
    record MembershipRow(
            Ref group, Ref person, String relationshipId, String role, String date, List<Citation> citations) {}

    /**
     * When a membership can have begun and ended; null bounds are open (before any date, after
     * any date).
     */
    record Window(LocalDate earliestStart, LocalDate latestStart, LocalDate earliestEnd, LocalDate latestEnd) {

        static Optional<Window> of(String edtf) {
            if (edtf == null || edtf.isBlank()) {
                return Optional.empty();
            }
            Edtf whole = Edtf.parse(edtf);
            if (!whole.isInterval()) {
                LocalDate first = whole.earliest().orElseThrow();
                LocalDate last = whole.latest().orElseThrow();
                return Optional.of(new Window(first, last, first, last));
            }
            String text = whole.text();
            int slash = text.indexOf('/');
            String startText = text.substring(0, slash);
            String endText = text.substring(slash + 1);
            Optional<Edtf> start = part(startText);
            Optional<Edtf> end = part(endText);
            LocalDate earliestStart = start.flatMap(Edtf::earliest).orElse(null);
            LocalDate latestStart = start.flatMap(Edtf::latest).orElse(null);
            LocalDate earliestEnd = end.flatMap(Edtf::earliest).orElse(null);
            LocalDate latestEnd = end.flatMap(Edtf::latest).orElse(null);
            if (endText.isEmpty()) {
                earliestEnd = latestStart; // unknown end: it may have ended as soon as it began
            }
            if (startText.isEmpty()) {
                latestStart = earliestEnd; // unknown start: it may have begun just before it ended
            }
            return Optional.of(new Window(earliestStart, latestStart, earliestEnd, latestEnd));
        }

        private static Optional<Edtf> part(String text) {
            return text.isEmpty() || text.equals("..") ? Optional.empty() : Optional.of(Edtf.parse(text));
        }
    }

    private Snapshots() {}

    /** Whether a membership dated {@code edtf} held on the days {@code from}..{@code to}; empty when it cannot have. */
    static Optional<Certainty> certainty(String edtf, LocalDate from, LocalDate to) {
        Optional<Window> window = Window.of(edtf);
        if (window.isEmpty()) {
            return Optional.of(Certainty.POSSIBLY);
        }
        Window w = window.get();
        boolean possibly = (w.earliestStart() == null || !w.earliestStart().isAfter(to))
                && (w.latestEnd() == null || !w.latestEnd().isBefore(from));
        if (!possibly) {
            return Optional.empty();
        }
        boolean certainly = (w.latestStart() == null || !w.latestStart().isAfter(from))
                && (w.earliestEnd() == null || !w.earliestEnd().isBefore(to));
        return Optional.of(certainly ? Certainty.CERTAINLY : Certainty.POSSIBLY);
    }

    /** The snapshot at {@code at} from the candidate memberships: groups in their order, certain members first, then by surname. */
    static Snapshot assemble(At at, List<MembershipRow> rows) {
        Map<String, Ref> groups = new LinkedHashMap<>();
        Map<String, List<Snapshot.Member>> members = new LinkedHashMap<>();
        for (MembershipRow row : rows) {
            Optional<Certainty> certainty = certainty(row.date(), at.earliest(), at.latest());
            if (certainty.isEmpty()) {
                continue;
            }
            groups.putIfAbsent(row.group().id(), row.group());
            members.computeIfAbsent(row.group().id(), k -> new ArrayList<>())
                    .add(new Snapshot.Member(
                            row.person(),
                            row.role(),
                            certainty.get().word(),
                            row.date(),
                            row.relationshipId(),
                            row.citations()));
        }
        Comparator<Snapshot.Member> order = Comparator.comparing(
                        (Snapshot.Member m) -> !m.certainty().equals(Certainty.CERTAINLY.word()))
                .thenComparing(m -> m.person().id()) // surname-givenname
                .thenComparing(m -> String.valueOf(m.role()));
        List<Snapshot.Group> result = new ArrayList<>();
        groups.forEach((id, group) -> result.add(
                new Snapshot.Group(group, members.get(id).stream().sorted(order).toList())));
        return new Snapshot(at.text(), at.earliest(), at.latest(), List.copyOf(result));
    }
}

package org.dissentgraph.ingest.consistency;

import java.time.LocalDate;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.time.EdtfException;

/**
 * A date as the rules compare it: the days it may mean ({@code earliest}..{@code latest}, null for
 * an open or unknown end), the same without the widening of {@code ~} (the date "as written"), and
 * whether it is marked uncertain ({@code ?} or {@code %}).
 */
record When(
        String text,
        LocalDate earliest,
        LocalDate latest,
        LocalDate writtenEarliest,
        LocalDate writtenLatest,
        boolean uncertain) {

    /** The date, or null when the cell is empty or not a date (the row checks report that). */
    static When of(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Edtf edtf = Edtf.parse(text);
            Edtf written = Edtf.parse(text.replace("~", "").replace('%', '?'));
            return new When(
                    edtf.text(),
                    edtf.earliest().orElse(null),
                    edtf.latest().orElse(null),
                    written.earliest().orElse(null),
                    written.latest().orElse(null),
                    edtf.uncertain());
        } catch (EdtfException e) {
            return null;
        }
    }

    /** The start of an interval ({@code a} of {@code a/b}), or the date itself; null when unknown. */
    static When start(String text) {
        return part(text, 0);
    }

    /** The end of an interval ({@code b} of {@code a/b}), or the date itself; null when unknown. */
    static When end(String text) {
        return part(text, 1);
    }

    private static When part(String text, int which) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            return of(value);
        }
        String part = which == 0 ? value.substring(0, slash) : value.substring(slash + 1);
        return part.isEmpty() || part.equals("..") ? null : of(part);
    }

    /**
     * Whether {@code a} falls after {@code b} (on a later day). CERTAIN: on every reading of both
     * dates and neither is marked uncertain. POSSIBLE: on every reading but a date is marked
     * uncertain, or only as written (before {@code ~} widens it). NO otherwise, in particular
     * when the ranges overlap because a date is given to the year or month only: imprecision is
     * not a contradiction.
     */
    static Verdict after(When a, When b) {
        if (a == null || b == null) {
            return Verdict.NO;
        }
        if (a.earliest != null && b.latest != null && a.earliest.isAfter(b.latest)) {
            return a.uncertain || b.uncertain ? Verdict.POSSIBLE : Verdict.CERTAIN;
        }
        if (a.writtenEarliest != null && b.writtenLatest != null && a.writtenEarliest.isAfter(b.writtenLatest)) {
            return Verdict.POSSIBLE;
        }
        return Verdict.NO;
    }

    /** Whether {@code a} and {@code b} name different days: either falls after the other. */
    static Verdict apart(When a, When b) {
        Verdict one = after(a, b);
        Verdict other = after(b, a);
        return one.ordinal() >= other.ordinal() ? one : other;
    }

    @Override
    public String toString() {
        return text;
    }

    enum Verdict {
        NO,
        POSSIBLE,
        CERTAIN;

        boolean found() {
            return this != NO;
        }
    }
}

package org.dissentgraph.export;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;

/**
 * The timeline of a dynamic export (GEXF {@code start}/{@code end}), by one rule for every node and
 * relationship (docs/api.md, Exports):
 *
 * <ul>
 *   <li>a node lives from its earliest day to its latest; a Document from its date with an open
 *       end, since a document persists once written and is criticized later (the Declaration of the
 *       46, October 1923, by the January 1924 conference); a Faction criticized after its end (the
 *       11th Congress, April 1922, on the "former" Workers' Opposition, dissolved March 1921) to the
 *       latest day of its last criticism;</li>
 *   <li>a relationship lives in its own [earliest, latest] (undated: any day) clipped to both its
 *       nodes' spells, so it never falls outside them; an undated link between two records that
 *       never coexist (a penalty and the earlier criticism it is grounded on) has no spell;</li>
 *   <li>with {@code from}/{@code to}, every spell is clipped to the window too.</li>
 * </ul>
 *
 * An unknown day is an open end. The properties {@code earliest}/{@code latest} keep the data's own
 * dates; only the spell is clipped.
 */
final class Spells {

    private Spells() {}

    /** A span of days; a null end is open. */
    record Spell(@Nullable LocalDate start, @Nullable LocalDate end) {

        static final Spell ALWAYS = new Spell(null, null);

        /** The days both spells share (empty when {@link #empty()}). */
        Spell clip(Spell other) {
            return new Spell(later(start, other.start), earlier(end, other.end));
        }

        boolean empty() {
            return start != null && end != null && start.isAfter(end);
        }

        boolean contains(Spell inner) {
            return (start == null || (inner.start != null && !inner.start.isBefore(start)))
                    && (end == null || (inner.end != null && !inner.end.isAfter(end)));
        }
    }

    /** A node's spell in the window {@code from}/{@code to} (either may be null). */
    static Spell node(ExportNode node, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate start = date(node.earliest());
        LocalDate end = "Document".equals(node.type()) ? null : later(date(node.latest()), node.criticizedUntil());
        return new Spell(start, end).clip(new Spell(from, to));
    }

    /**
     * A relationship's spell: its own days (none: any day) within both its nodes' spells, each
     * already clipped to the window. Should those not meet, a relationship without dates of its own
     * links two records of different days (the criticism a penalty is grounded on, a second dating
     * of the same event) and has no time of its own: {@link Spell#ALWAYS}, written without
     * start/end; one with dates contradicts its nodes and keeps its own days in the window, for the
     * data check to find.
     */
    static Spell edge(ExportEdge edge, Spell source, Spell target, @Nullable LocalDate from, @Nullable LocalDate to) {
        Spell own = new Spell(date(edge.earliest()), date(edge.latest()));
        Spell clipped = own.clip(new Spell(from, to)).clip(source).clip(target);
        if (!clipped.empty()) {
            return clipped;
        }
        return own.equals(Spell.ALWAYS) ? Spell.ALWAYS : own.clip(new Spell(from, to));
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : null;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    /** The earlier of two ends, where null is open (later than any day). */
    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}

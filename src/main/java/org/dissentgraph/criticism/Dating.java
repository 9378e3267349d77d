package org.dissentgraph.criticism;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How a penalty's dates stand to a criticism's, when both are ranges of possible days (EDTF):
 * <ul>
 *   <li>{@link Order#AFTER}: certainly after — the penalty's earliest day is on or after the
 *       criticism's latest;</li>
 *   <li>{@link Order#UNCERTAIN}: possibly after — the ranges overlap (or an open end allows it);</li>
 *   <li>{@link Order#BEFORE}: certainly before — the penalty's latest day is before the criticism's
 *       earliest. Such a penalty is never a consequence.</li>
 * </ul>
 * The lag is one range, measured from the criticism's latest day to the penalty's earliest (the
 * least it can be, never below 0) and from the criticism's earliest to the penalty's latest (the
 * most; null for an open end). The window uses the same anchor: a penalty is within N months when
 * its earliest day is no later than N months after the criticism's latest, that is when
 * {@code lag.minMonths <= N}.
 */
final class Dating {

    private Dating() {}

    enum Order {
        AFTER,
        UNCERTAIN,
        BEFORE
    }

    /** Days a date can mean; either end null when open or unknown. */
    record Range(LocalDate earliest, LocalDate latest) {}

    static Order order(Range criticism, Range penalty) {
        if (penalty.latest() != null
                && criticism.earliest() != null
                && penalty.latest().isBefore(criticism.earliest())) {
            return Order.BEFORE;
        }
        if (penalty.earliest() != null
                && criticism.latest() != null
                && !penalty.earliest().isBefore(criticism.latest())) {
            return Order.AFTER;
        }
        return Order.UNCERTAIN;
    }

    /** The lag of a penalty that is not certainly before the criticism. */
    static Consequences.Lag lag(Range criticism, Range penalty) {
        long minDays = 0;
        long minMonths = 0;
        if (penalty.earliest() != null && criticism.latest() != null) {
            minDays = Math.max(0, ChronoUnit.DAYS.between(criticism.latest(), penalty.earliest()));
            minMonths = Math.max(0, ChronoUnit.MONTHS.between(criticism.latest(), penalty.earliest()));
        }
        Long maxDays = null;
        Long maxMonths = null;
        if (penalty.latest() != null && criticism.earliest() != null) {
            maxDays = Math.max(minDays, ChronoUnit.DAYS.between(criticism.earliest(), penalty.latest()));
            maxMonths = Math.max(minMonths, ChronoUnit.MONTHS.between(criticism.earliest(), penalty.latest()));
        }
        return new Consequences.Lag(minDays, maxDays, minMonths, maxMonths);
    }

    /** Whether the penalty can fall within {@code months} after the criticism (same anchor as the lag). */
    static boolean withinMonths(Range criticism, Range penalty, int months) {
        if (penalty.earliest() == null || criticism.latest() == null) {
            return true;
        }
        return !penalty.earliest().isAfter(criticism.latest().plusMonths(months));
    }
}

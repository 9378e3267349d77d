package org.dissentgraph.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a source gives it, in EDTF (levels 0 and 1): {@code 1922}, {@code 1922-03},
 * {@code 1922-03-27}, qualifiers {@code ~} (approximate), {@code ?} (uncertain), {@code %} (both),
 * unspecified digits {@code 192X}, and intervals {@code a/b} with open ({@code ..}) or unknown
 * (empty) ends. It keeps the text and derives the earliest and latest possible day.
 *
 * @param text the EDTF string as written
 * @param earliest the earliest day it can mean; empty for an open or unknown start
 * @param latest the latest day it can mean; empty for an open or unknown end
 * @param precision {@code day}, {@code month}, {@code year} or {@code decade} (of the start, or the end of an interval open at the start)
 * @param approximate whether {@code ~} or {@code %} qualifies any part
 * @param uncertain whether {@code ?} or {@code %} qualifies any part
 */
public record Edtf(
        String text,
        Optional<LocalDate> earliest,
        Optional<LocalDate> latest,
        String precision,
        boolean approximate,
        boolean uncertain) {

    private static final Pattern SINGLE =
            Pattern.compile("(\\d{2}[\\dX]{2})(?:-(\\d{2}|XX)(?:-(\\d{2}|XX))?)?([~?%])?");

    /** Parses {@code text}, or throws {@link EdtfException} saying what is wrong with it. */
    public static Edtf parse(String text) {
        if (text == null || text.isBlank()) {
            throw new EdtfException("empty date");
        }
        String value = text.strip();
        int slash = value.indexOf('/');
        if (slash < 0) {
            Single single = single(value);
            return new Edtf(
                    value,
                    Optional.of(single.earliest),
                    Optional.of(single.latest),
                    single.precision,
                    single.approximate,
                    single.uncertain);
        }
        if (value.indexOf('/', slash + 1) >= 0) {
            throw new EdtfException("'" + value + "' has more than one '/'");
        }
        String start = value.substring(0, slash);
        String end = value.substring(slash + 1);
        Single from = openEnd(start) ? null : single(start);
        Single to = openEnd(end) ? null : single(end);
        if (from == null && to == null) {
            throw new EdtfException("'" + value + "' has neither a start nor an end");
        }
        if (from != null && to != null && from.earliest.isAfter(to.latest)) {
            throw new EdtfException("'" + value + "' starts (" + from.earliest + ") after it ends (" + to.latest + ")");
        }
        Single precise = from != null ? from : to;
        return new Edtf(
                value,
                Optional.ofNullable(from).map(s -> s.earliest),
                Optional.ofNullable(to).map(s -> s.latest),
                precise.precision,
                (from != null && from.approximate) || (to != null && to.approximate),
                (from != null && from.uncertain) || (to != null && to.uncertain));
    }

    /** Whether this is an interval ({@code a/b}) rather than a single date. */
    public boolean isInterval() {
        return text.contains("/");
    }

    private static boolean openEnd(String part) {
        return part.isEmpty() || part.equals("..");
    }

    private record Single(
            LocalDate earliest, LocalDate latest, String precision, boolean approximate, boolean uncertain) {}

    private static Single single(String part) {
        Matcher m = SINGLE.matcher(part);
        if (!m.matches()) {
            throw new EdtfException("'" + part
                    + "' is not an EDTF date (expected e.g. 1922, 1922-03, 1922-03-27, 1922~, 1921-03-08/1921-03-16)");
        }
        String year = m.group(1);
        String month = m.group(2);
        String day = m.group(3);
        String qualifier = m.group(4);
        boolean approximate = "~".equals(qualifier) || "%".equals(qualifier);
        boolean uncertain = "?".equals(qualifier) || "%".equals(qualifier);
        LocalDate earliest;
        LocalDate latest;
        String precision;
        if (year.contains("X")) {
            if (month != null) {
                throw new EdtfException("'" + part + "' has an unspecified year digit but a month");
            }
            if (!year.matches("\\d{2,3}X+")) {
                throw new EdtfException("'" + part + "': only the last digits of a year may be X");
            }
            int xs = year.length() - year.indexOf('X');
            int low = Integer.parseInt(year.replace('X', '0'));
            int high = Integer.parseInt(year.replace('X', '9'));
            earliest = LocalDate.of(low, 1, 1);
            latest = LocalDate.of(high, 12, 31);
            precision = xs == 1 ? "decade" : "century";
        } else if (month == null || month.equals("XX")) {
            if (day != null) {
                throw new EdtfException("'" + part + "' has a day but no month");
            }
            int y = Integer.parseInt(year);
            earliest = LocalDate.of(y, 1, 1);
            latest = LocalDate.of(y, 12, 31);
            precision = "year";
        } else {
            int y = Integer.parseInt(year);
            int mo = Integer.parseInt(month);
            if (mo < 1 || mo > 12) {
                throw new EdtfException("'" + part + "' has month " + month + " (must be 01-12)");
            }
            YearMonth ym = YearMonth.of(y, mo);
            if (day == null || day.equals("XX")) {
                earliest = ym.atDay(1);
                latest = ym.atEndOfMonth();
                precision = "month";
            } else {
                int d = Integer.parseInt(day);
                if (d < 1 || d > ym.lengthOfMonth()) {
                    throw new EdtfException(
                            "'" + part + "' has day " + day + ", but " + ym + " has " + ym.lengthOfMonth() + " days");
                }
                earliest = ym.atDay(d);
                latest = earliest;
                precision = "day";
            }
        }
        if (approximate) {
            // "about 1922" may mean a year either side: widen by one unit of the precision given
            switch (precision) {
                case "day" -> {
                    earliest = earliest.minusDays(1);
                    latest = latest.plusDays(1);
                }
                case "month" -> {
                    earliest = earliest.minusMonths(1);
                    latest = latest.plusMonths(1)
                            .withDayOfMonth(latest.plusMonths(1).lengthOfMonth());
                }
                case "year" -> {
                    earliest = earliest.minusYears(1);
                    latest = latest.plusYears(1);
                }
                default -> {
                    earliest = earliest.minusYears(10);
                    latest = latest.plusYears(10);
                }
            }
        }
        return new Single(earliest, latest, precision, approximate, uncertain);
    }
}

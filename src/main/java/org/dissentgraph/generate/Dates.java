package org.dissentgraph.generate;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;

/**
 * EDTF text for generated dates, written by hand (no formatter, no locale). Each written date
 * comes with the day range it covers, so later events can be placed strictly after it.
 */
final class Dates {

    /** How precisely a date is given. */
    enum Precision {
        DAY,
        MONTH,
        YEAR,
        ABOUT_YEAR,
        MAYBE_YEAR
    }

    /** An EDTF text and the first and last day (epoch days) it can mean. */
    record Written(String text, long first, long last) {
        int firstYear() {
            return LocalDate.ofEpochDay(first).getYear();
        }

        int lastYear() {
            return LocalDate.ofEpochDay(last).getYear();
        }
    }

    static final int FIRST_YEAR = 1918;
    static final int LAST_YEAR = 1938;
    static final int MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

    private static final String[] MONTH_NAMES = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    private Dates() {}

    static Written write(LocalDate day, Precision precision) {
        int y = day.getYear();
        return switch (precision) {
            case DAY -> new Written(day(day), day.toEpochDay(), day.toEpochDay());
            case MONTH ->
                new Written(
                        month(day),
                        day.withDayOfMonth(1).toEpochDay(),
                        day.withDayOfMonth(day.lengthOfMonth()).toEpochDay());
            case YEAR -> new Written(String.valueOf(y), startOf(y), endOf(y));
            case MAYBE_YEAR -> new Written(y + "?", startOf(y), endOf(y));
            case ABOUT_YEAR -> new Written(y + "~", startOf(y - 1), endOf(y + 1));
        };
    }

    /**
     * The first and last epoch day an {@code active} interval certainly covers as written (before
     * {@code ~} widens it): from the earliest day of its start to the latest of its end; an open end
     * is unbounded.
     */
    static long[] within(String active) {
        if (active == null) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        String written = active.replace("~", "");
        int slash = written.indexOf('/');
        String start = slash < 0 ? written : written.substring(0, slash);
        String end = slash < 0 ? written : written.substring(slash + 1);
        long first = start.isEmpty() || start.equals("..")
                ? Long.MIN_VALUE
                : org.dissentgraph.time.Edtf.parse(start)
                        .earliest()
                        .orElseThrow()
                        .toEpochDay();
        long last = end.isEmpty() || end.equals("..")
                ? Long.MAX_VALUE
                : org.dissentgraph.time.Edtf.parse(end).latest().orElseThrow().toEpochDay();
        return new long[] {first, last};
    }

    /** An interval of two written dates. */
    static Written interval(Written from, Written to) {
        return new Written(from.text() + "/" + to.text(), from.first(), to.last());
    }

    static String day(LocalDate d) {
        return month(d) + '-' + two(d.getDayOfMonth());
    }

    static String month(LocalDate d) {
        return d.getYear() + "-" + two(d.getMonthValue());
    }

    /** The same day as a Russian source before 1918 prints it: {@code 26 October 1879 O.S.}. */
    static String oldStyle(LocalDate gregorian) {
        int lag = gregorian.isBefore(LocalDate.of(1900, 3, 13)) ? 12 : 13;
        LocalDate julian = gregorian.minusDays(lag);
        return julian.getDayOfMonth() + " " + MONTH_NAMES[julian.getMonthValue() - 1] + " " + julian.getYear()
                + " O.S.";
    }

    static String monthName(int month) {
        return MONTH_NAMES[month - 1];
    }

    static long startOf(int year) {
        return LocalDate.of(year, 1, 1).toEpochDay();
    }

    static long endOf(int year) {
        return LocalDate.of(year, 12, 31).toEpochDay();
    }

    static LocalDate dayIn(SplittableRandom random, int year) {
        return LocalDate.ofYearDay(year, 1 + random.nextInt(Year.of(year).length()));
    }

    /** A day in {@code [first, last]}. */
    static LocalDate dayBetween(SplittableRandom random, long first, long last) {
        return LocalDate.ofEpochDay(first + random.nextLong(last - first + 1));
    }

    /** Month index 0..{@link #MONTHS}-1 of 1918-01..1938-12. */
    static int monthIndex(LocalDate day) {
        return (day.getYear() - FIRST_YEAR) * 12 + day.getMonthValue() - 1;
    }

    private static String two(int value) {
        return value < 10 ? "0" + value : String.valueOf(value);
    }
}

package org.dissentgraph.generate;

import static org.dissentgraph.generate.Dates.FIRST_YEAR;
import static org.dissentgraph.generate.Dates.LAST_YEAR;
import static org.dissentgraph.generate.Dates.startOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.dissentgraph.generate.Dates.Precision;
import org.dissentgraph.generate.Dates.Written;

/**
 * The calendar of meetings, 1918-1938, sorted by date: eleven numbered congresses and ten
 * conferences in fixed years (as the real party held them), and plenums, joint plenums and
 * sessions spread evenly over the years. Each meeting lies within one calendar year.
 */
final class Meetings {

    record Meeting(
            String id,
            String kind,
            String name,
            String nameRu,
            Integer number,
            String city,
            Written date,
            String organ,
            Integer voting,
            Integer consultative) {

        int year() {
            return date.firstYear();
        }

        /** A congress, conference or plenum, which can expel and vote; not a session of a commission or board. */
        boolean isPartyForum() {
            return !kind.equals("session");
        }
    }

    private static final int[] CONGRESS_YEARS = {1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925, 1927, 1930, 1934};
    private static final int[] CONFERENCE_YEARS = {1919, 1920, 1921, 1922, 1923, 1924, 1925, 1926, 1929, 1932};

    private final List<Meeting> all;
    private final long[] starts;
    /** index of the first meeting of each year 1918..1939 */
    private final int[] fromYear = new int[LAST_YEAR - FIRST_YEAR + 2];

    /** @param plenums how many plenums, joint plenums and sessions besides the congresses and conferences */
    Meetings(long seed, int plenums, Places places) {
        this.all = plan(Draw.of(seed, Draw.MEETING, 0), plenums, places);
        this.starts = all.stream().mapToLong(m -> m.date().first()).toArray();
        for (int y = FIRST_YEAR; y <= LAST_YEAR + 1; y++) {
            fromYear[y - FIRST_YEAR] = firstFrom(startOf(y));
        }
    }

    List<Meeting> all() {
        return all;
    }

    Meeting any(SplittableRandom r) {
        return all.get(r.nextInt(all.size()));
    }

    Meeting congressOf(int year) {
        return all.stream()
                .filter(m -> m.kind().equals("congress") && m.year() == year)
                .findFirst()
                .orElseThrow();
    }

    /** A meeting in years {@code [y0, y1]} starting after day {@code notBefore}, of one of {@code kinds}
     *  (any kind when none are given); null when three tries find none. */
    Meeting between(SplittableRandom r, int y0, int y1, long notBefore, String... kinds) {
        int from = fromYear[y0 - FIRST_YEAR];
        int to = fromYear[Math.min(y1, LAST_YEAR) + 1 - FIRST_YEAR];
        if (from >= to) {
            return null;
        }
        for (int attempt = 0; attempt < 3; attempt++) {
            Meeting m = all.get(from + r.nextInt(to - from));
            if (m.date().first() > notBefore
                    && (kinds.length == 0 || Arrays.asList(kinds).contains(m.kind()))) {
                return m;
            }
        }
        return null;
    }

    /** The first congress, conference or plenum that starts in month index {@code month}, or null. */
    Meeting forumStartingIn(int month) {
        int at = firstFrom(
                LocalDate.of(FIRST_YEAR + month / 12, month % 12 + 1, 1).toEpochDay());
        if (at < all.size()
                && Dates.monthIndex(LocalDate.ofEpochDay(starts[at])) == month
                && all.get(at).isPartyForum()) {
            return all.get(at);
        }
        return null;
    }

    private int firstFrom(long day) {
        int at = Arrays.binarySearch(starts, day);
        if (at < 0) {
            return -at - 1;
        }
        while (at > 0 && starts[at - 1] == day) {
            at--;
        }
        return at;
    }

    private record Planned(String kind, LocalDate start, int days, boolean monthOnly, String organ) {}

    private static List<Meeting> plan(SplittableRandom r, int plenums, Places places) {
        List<Planned> planned = new ArrayList<>();
        for (int y : CONGRESS_YEARS) {
            planned.add(new Planned(
                    "congress",
                    LocalDate.of(y, Draw.between(r, 2, 12), Draw.between(r, 1, 18)),
                    Draw.between(r, 4, 11),
                    false,
                    Organs.PARTY));
        }
        for (int y : CONFERENCE_YEARS) {
            planned.add(new Planned(
                    "conference",
                    LocalDate.of(y, Draw.between(r, 1, 12), Draw.between(r, 1, 20)),
                    Draw.between(r, 2, 6),
                    false,
                    Organs.PARTY));
        }
        long first = LocalDate.of(FIRST_YEAR, 1, 10).toEpochDay();
        long span = LocalDate.of(LAST_YEAR, 12, 10).toEpochDay() - first;
        for (int k = 0; k < plenums; k++) {
            LocalDate start = LocalDate.ofEpochDay(first + (long) ((k + r.nextDouble()) * span / plenums));
            switch (Draw.weighted(r, 55, 25, 20)) {
                case 0 ->
                    planned.add(new Planned("plenum", start, Draw.between(r, 1, 4), Draw.chance(r, 25), Organs.CC));
                case 1 ->
                    planned.add(new Planned(
                            "joint-plenum", start, Draw.between(r, 2, 5), false, Organs.CC + ";" + Organs.CCC));
                default ->
                    planned.add(new Planned(
                            "session",
                            start,
                            1,
                            false,
                            new String[] {Organs.CCC, Organs.SECURITY, Organs.POLITBURO}
                                    [Draw.weighted(r, 50, 30, 20)]));
            }
        }
        planned.sort(Comparator.comparing(Planned::start).thenComparing(Planned::kind));
        List<Meeting> all = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int congress = 7;
        int conference = 8;
        for (Planned p : planned) {
            LocalDate start = p.start();
            LocalDate end = start.plusDays(p.days() - 1);
            if (end.getYear() != start.getYear()) {
                end = LocalDate.of(start.getYear(), 12, 31);
                start = end.minusDays(p.days() - 1);
            }
            Written date = p.monthOnly()
                    ? Dates.write(start, Precision.MONTH)
                    : p.days() == 1
                            ? Dates.write(start, Precision.DAY)
                            : Dates.interval(Dates.write(start, Precision.DAY), Dates.write(end, Precision.DAY));
            String when = Dates.monthName(start.getMonthValue()) + " " + start.getYear();
            String city = (Draw.chance(r, 80) ? places.capital() : places.provincialCity(r)).name();
            all.add(
                    switch (p.kind()) {
                        case "congress" ->
                            new Meeting(
                                    "congress-" + congress,
                                    "congress",
                                    Texts.ordinal(congress) + " Congress of the Party",
                                    congress + "-й съезд партии",
                                    congress++,
                                    city,
                                    date,
                                    p.organ(),
                                    Draw.between(r, 400, 1600),
                                    Draw.between(r, 200, 900));
                        case "conference" ->
                            new Meeting(
                                    "conference-" + conference,
                                    "conference",
                                    Texts.ordinal(conference) + " Party Conference",
                                    conference + "-я партийная конференция",
                                    conference++,
                                    city,
                                    date,
                                    p.organ(),
                                    Draw.between(r, 100, 400),
                                    Draw.between(r, 50, 300));
                        case "plenum" ->
                            new Meeting(
                                    unique(ids, "plenum-cc-" + Dates.month(start)),
                                    "plenum",
                                    "Plenum of the Central Committee, " + when,
                                    "Пленум ЦК",
                                    null,
                                    city,
                                    date,
                                    p.organ(),
                                    null,
                                    null);
                        case "joint-plenum" ->
                            new Meeting(
                                    unique(ids, "plenum-cc-ccc-" + Dates.month(start)),
                                    "joint-plenum",
                                    "Joint Plenum of the Central Committee and the Central Control Commission, " + when,
                                    "Объединённый пленум ЦК и ЦКК",
                                    null,
                                    city,
                                    date,
                                    p.organ(),
                                    null,
                                    null);
                        default ->
                            new Meeting(
                                    unique(ids, "session-" + Dates.day(start)),
                                    "session",
                                    "Session of the " + Organs.name(p.organ()) + ", " + start.getDayOfMonth() + " "
                                            + when,
                                    null,
                                    null,
                                    city,
                                    date,
                                    p.organ(),
                                    null,
                                    null);
                    });
        }
        all.sort(Comparator.comparingLong((Meeting m) -> m.date().first()).thenComparing(Meeting::id));
        return List.copyOf(all);
    }

    /** {@code id}, or {@code id-b}, {@code id-c}… when two meetings of a kind share a month or day. */
    private static String unique(Set<String> ids, String id) {
        String candidate = id;
        for (char c = 'b'; !ids.add(candidate); c++) {
            candidate = id + "-" + c;
        }
        return candidate;
    }
}

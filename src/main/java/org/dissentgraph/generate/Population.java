package org.dissentgraph.generate;

import static org.dissentgraph.generate.Dates.FIRST_YEAR;
import static org.dissentgraph.generate.Dates.LAST_YEAR;
import static org.dissentgraph.generate.Dates.endOf;
import static org.dissentgraph.generate.Dates.startOf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dissentgraph.generate.Dates.Precision;
import org.dissentgraph.generate.Dates.Written;
import org.dissentgraph.generate.Factions.Faction;
import org.dissentgraph.generate.Names.PersonName;

/**
 * The persons, none of them stored: a person's name, life and memberships are functions of the seed
 * and the person's index, recomputed whenever a criticism, penalty or document needs them.
 */
final class Population {

    /**
     * @param born EDTF, possibly approximate or to the decade
     * @param died EDTF, or null for a person alive at the end of 1938
     * @param death the day of death, or null
     * @param from the first year the person acts: age 20, counted from the latest birth the text allows
     * @param to the last year the person acts: 1938, or two years before the death (an "about" death
     *     year may mean a year earlier)
     * @param executed whether the life ends with arrest and execution
     */
    record Life(String born, String bornOriginal, String died, LocalDate death, int from, int to, boolean executed) {

        /** The years both this person and {@code [y0, y1]} cover, or null when they do not meet. */
        int[] overlap(int y0, int y1) {
            int lo = Math.max(y0, from);
            int hi = Math.min(y1, to);
            return lo <= hi ? new int[] {lo, hi} : null;
        }
    }

    /** @param fromYear first year held; @param toYear last year held (1938 when open-ended) */
    record Membership(String group, String groupName, String role, String date, int fromYear, int toYear) {}

    private static final Precision[] DEATH_PRECISIONS = {
        Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.ABOUT_YEAR
    };
    private static final String[] ORGANS_JOINED = {
        Organs.PARTY,
        Organs.CC,
        Organs.MOSCOW,
        Organs.PRESS,
        Organs.INTERNATIONAL,
        Organs.CCC,
        Organs.POLITBURO,
        Organs.SECRETARIAT
    };

    private final long seed;
    private final int count;
    private final int digits;
    private final Factions factions;

    Population(long seed, int count, Factions factions) {
        this.seed = seed;
        this.count = count;
        this.digits = Math.max(6, Long.toString(count - 1).length());
        this.factions = factions;
    }

    int count() {
        return count;
    }

    String id(int i) {
        return "p-" + DatasetGenerator.pad(i, digits);
    }

    /** Zero-padded width of person ids, reused for the other per-person counters. */
    int digits() {
        return digits;
    }

    PersonName name(int i) {
        return Names.person(Draw.of(seed, Draw.NAME, i));
    }

    Life life(int i) {
        SplittableRandom r = Draw.of(seed, Draw.LIFE, i);
        int birthYear = 1855 + Math.max(r.nextInt(46), r.nextInt(46));
        LocalDate birth = Dates.dayIn(r, birthYear);
        int form = r.nextInt(100);
        String born;
        String bornOriginal = null;
        int latestBirthYear = birthYear;
        if (form < 45) {
            born = Dates.day(birth);
            if (Draw.chance(r, 40)) {
                bornOriginal = Dates.oldStyle(birth);
            }
        } else if (form < 60) {
            born = Dates.month(birth);
        } else if (form < 85) {
            born = String.valueOf(birthYear);
        } else if (form < 93) {
            born = birthYear + "~";
            latestBirthYear++;
        } else if (form < 98 || birthYear >= 1890) {
            born = birthYear + "?";
        } else {
            born = (birthYear / 10) + "X";
            latestBirthYear = birthYear / 10 * 10 + 9;
        }
        int from = Math.max(FIRST_YEAR, latestBirthYear + 20);
        int fate = r.nextInt(100);
        if (fate >= 60) {
            return new Life(born, bornOriginal, null, null, from, LAST_YEAR, false);
        }
        boolean executed = fate < 8;
        int minDeath = from + 3;
        int deathYear = executed ? Math.max(minDeath, Draw.between(r, 1936, 1939)) : Draw.between(r, minDeath, 1975);
        LocalDate death = Dates.dayIn(r, deathYear);
        String died = executed
                ? Dates.day(death)
                : Dates.write(death, DEATH_PRECISIONS[Draw.weighted(r, 60, 15, 20, 5)])
                        .text();
        return new Life(born, bornOriginal, died, death, from, Math.min(LAST_YEAR, deathYear - 2), executed);
    }

    /** Zero to two memberships of factions (the large ones more often) or organs, within the person's
     *  active years and the faction's. */
    List<Membership> memberships(int i, Life life) {
        SplittableRandom r = Draw.of(seed, Draw.MEMBERSHIP, i);
        int wanted = Draw.weighted(r, 20, 60, 20);
        List<Membership> list = new ArrayList<>(wanted);
        for (int k = 0; k < wanted; k++) {
            int[] years = {life.from(), life.to()};
            String group = null;
            String groupName = null;
            String role = null;
            String active = null;
            if (Draw.chance(r, 55)) {
                Faction f = factions.pick(r);
                int[] both = life.overlap(f.from(), f.to());
                if (both != null && !holds(list, f.id())) {
                    years = both;
                    group = f.id();
                    active = f.active();
                    groupName = "the " + f.name();
                    role = new String[] {"member", "leader", "signatory"}[Draw.weighted(r, 80, 5, 15)];
                }
            }
            if (group == null) {
                int organ = Draw.weighted(r, 55, 15, 8, 5, 5, 7, 2, 3);
                group = ORGANS_JOINED[organ];
                if (holds(list, group)) {
                    continue;
                }
                groupName = Organs.the(group);
                active = Organs.active(group);
                role = switch (group) {
                    case Organs.PARTY -> Draw.chance(r, 85) ? "member" : "candidate";
                    case Organs.CC -> Draw.chance(r, 70) ? "member" : "candidate";
                    case Organs.MOSCOW -> Draw.chance(r, 80) ? "member" : "secretary";
                    case Organs.PRESS -> "editor";
                    case Organs.INTERNATIONAL -> "envoy";
                    case Organs.CCC -> Draw.chance(r, 90) ? "member" : "chair";
                    case Organs.POLITBURO -> "member";
                    default -> Draw.chance(r, 90) ? "secretary" : "general-secretary";
                };
            }
            // within the group's existence as its `active` is written, so the consistency rules hold
            long[] exists = Dates.within(active);
            long first = Math.max(startOf(years[0]), exists[0]);
            long last = Math.min(endOf(years[1]), exists[1]);
            if (first > last) {
                continue;
            }
            LocalDate start = Dates.dayBetween(r, first, last);
            Written begin = Dates.write(
                    start,
                    new Precision[] {Precision.DAY, Precision.MONTH, Precision.YEAR}[Draw.weighted(r, 20, 50, 30)]);
            String date;
            int toYear;
            if (life.death() == null && years[1] == LAST_YEAR && exists[1] == Long.MAX_VALUE && Draw.chance(r, 30)) {
                date = begin.text() + "/..";
                toYear = LAST_YEAR;
            } else {
                LocalDate end = Dates.dayBetween(r, start.toEpochDay(), last);
                date = begin.text() + "/"
                        + Dates.write(end, Draw.chance(r, 60) ? Precision.MONTH : Precision.YEAR)
                                .text();
                toYear = end.getYear();
            }
            list.add(new Membership(group, groupName, role, date, start.getYear(), toYear));
        }
        return list;
    }

    static boolean inCentralCommittee(List<Membership> memberships, int year) {
        for (Membership m : memberships) {
            if (m.group().equals(Organs.CC) && m.fromYear() <= year && year <= m.toYear()) {
                return true;
            }
        }
        return false;
    }

    private static boolean holds(List<Membership> memberships, String group) {
        for (Membership m : memberships) {
            if (m.group().equals(group)) {
                return true;
            }
        }
        return false;
    }
}

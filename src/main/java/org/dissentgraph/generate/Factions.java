package org.dissentgraph.generate;

import static org.dissentgraph.generate.Dates.FIRST_YEAR;
import static org.dissentgraph.generate.Dates.LAST_YEAR;
import static org.dissentgraph.generate.Dates.endOf;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.dissentgraph.generate.Dates.Precision;
import org.dissentgraph.generate.Dates.Written;
import org.dissentgraph.generate.Names.Word;

/** The factions, groups and platforms (about one per thousand persons), a few of them large. */
final class Factions {

    /** @param from first year active; @param to last year active (1938 when open-ended) */
    record Faction(
            String id, String name, String aliases, String kind, String active, int from, int to, String description) {

        boolean activeIn(int year) {
            return from <= year && year <= to;
        }
    }

    private static final String[] KINDS = {"faction", "group", "platform", "opposition", "majority"};

    private final Faction[] all;
    private final PowerLaw size;

    Factions(long seed, int count, Places places) {
        this.all = new Faction[count];
        this.size = new PowerLaw(count, 1.0);
        for (int f = 0; f < count; f++) {
            all[f] = faction(Draw.of(seed, Draw.FACTION, f), f, places);
        }
    }

    Faction[] all() {
        return all.clone();
    }

    /** A faction, the large ones more often (Zipf). */
    Faction pick(SplittableRandom r) {
        return all[size.sample(r)];
    }

    private static Faction faction(SplittableRandom r, int f, Places places) {
        String kind = KINDS[Draw.weighted(r, 35, 25, 15, 20, 5)];
        Word root = Names.root(r);
        String name = switch (kind) {
            case "faction" -> Draw.one(r, Texts.FACTION_ADJECTIVES) + " Communists";
            case "group" -> "Group of " + Draw.one(r, Texts.GROUP_NOUNS);
            case "platform" -> "Platform of the " + Draw.between(r, 3, 99);
            case "opposition" ->
                (Draw.chance(r, 50) ? Draw.one(r, Texts.FACTION_ADJECTIVES) : root.latin()) + " Opposition";
            default -> Draw.one(r, Texts.FACTION_ADJECTIVES) + " Majority";
        };
        if (Draw.chance(r, 50)) {
            name += " of " + places.homeCity(r).name();
        }
        String aliases = Draw.chance(r, 40) ? root.latin() + "ites" : null;
        int from = Draw.between(r, FIRST_YEAR, 1934);
        LocalDate start = Dates.dayIn(r, from);
        Written begin = Dates.write(
                start,
                new Precision[] {Precision.MONTH, Precision.YEAR, Precision.ABOUT_YEAR}[Draw.weighted(r, 60, 30, 10)]);
        String active;
        int to;
        if (Draw.chance(r, 25)) {
            active = begin.text() + "/..";
            to = LAST_YEAR;
        } else {
            LocalDate end = Dates.dayBetween(
                    r, start.toEpochDay() + 1, endOf(Math.min(LAST_YEAR, from + Draw.between(r, 1, 6))));
            active = begin.text() + "/"
                    + Dates.write(end, Draw.chance(r, 60) ? Precision.MONTH : Precision.YEAR)
                            .text();
            to = end.getYear();
        }
        String topic = Draw.one(r, Texts.TOPICS);
        String description = switch (kind) {
            case "platform" -> "A platform signed by party members on " + topic + ".";
            case "opposition" -> "An opposition within the party, formed over " + topic + ".";
            default -> "A " + kind + " within the party, formed over " + topic + ".";
        };
        return new Faction("fac-" + DatasetGenerator.pad(f + 1, 3), name, aliases, kind, active, from, to, description);
    }
}

package org.dissentgraph.generate;

import java.util.SplittableRandom;
import org.dissentgraph.generate.Names.Word;

/**
 * Thirty places with generated names: the home country, four foreign ones, cities at home (the
 * first is the capital) and two abroad, regions, camps and prisons; each penalty draws its
 * destination from the kind of place that fits it.
 */
final class Places {

    record Place(String id, String name, String nameRu, String kind, String country) {}

    private static final String[][] CITY_SUFFIXES = {
        {"sk", "ск"}, {"grad", "град"}, {"insk", "инск"}, {"opol", "ополь"}, {"ets", "ец"}
    };

    // index ranges in the table
    private static final int FOREIGN_COUNTRIES = 1;
    private static final int CAPITAL = 5;
    private static final int HOME_CITIES = 6;
    private static final int CITIES_ABROAD = 17;
    private static final int REGIONS = 19;
    private static final int CAMPS = 24;
    private static final int PRISONS = 27;
    private static final int COUNT = 30;

    private final Place[] all = new Place[COUNT];

    Places(long seed) {
        SplittableRandom r = Draw.of(seed, Draw.PLACE, 0);
        for (int k = 0; k < COUNT; k++) {
            Word root = Names.root(r);
            String id = "pl-" + DatasetGenerator.pad(k + 1, 2);
            String home = k == 0 ? null : all[0].name();
            if (k < CAPITAL) {
                all[k] = new Place(id, root.latin() + "ia", root.cyrillic() + "ия", "country", null);
            } else if (k < REGIONS) {
                String[] suffix = Draw.one(r, CITY_SUFFIXES);
                String country = k < CITIES_ABROAD ? home : all[FOREIGN_COUNTRIES + k - CITIES_ABROAD].name();
                all[k] = new Place(id, root.latin() + suffix[0], root.cyrillic() + suffix[1], "city", country);
            } else if (k < CAMPS) {
                all[k] = new Place(id, root.latin() + "sky Krai", root.cyrillic() + "ский край", "region", home);
            } else if (k < PRISONS) {
                all[k] = new Place(id, root.latin() + " camp", "лагерь " + root.cyrillic(), "camp", home);
            } else {
                all[k] = new Place(id, root.latin() + " prison", "тюрьма " + root.cyrillic(), "prison", home);
            }
        }
    }

    Place[] all() {
        return all.clone();
    }

    Place capital() {
        return all[CAPITAL];
    }

    /** A city at home other than the capital: where transfers and exile send people. */
    Place provincialCity(SplittableRandom r) {
        return all[Draw.between(r, HOME_CITIES, CITIES_ABROAD - 1)];
    }

    /** The capital or a provincial city. */
    Place homeCity(SplittableRandom r) {
        return all[Draw.between(r, CAPITAL, CITIES_ABROAD - 1)];
    }

    /** A city at home or abroad, as a person's place of origin. */
    Place anyCity(SplittableRandom r) {
        return all[Draw.between(r, CAPITAL, REGIONS - 1)];
    }

    Place foreignCountry(SplittableRandom r) {
        return all[Draw.between(r, FOREIGN_COUNTRIES, CAPITAL - 1)];
    }

    Place cityAbroad(SplittableRandom r) {
        return all[Draw.between(r, CITIES_ABROAD, REGIONS - 1)];
    }

    Place region(SplittableRandom r) {
        return all[Draw.between(r, REGIONS, CAMPS - 1)];
    }

    Place camp(SplittableRandom r) {
        return all[Draw.between(r, CAMPS, PRISONS - 1)];
    }

    Place prison(SplittableRandom r) {
        return all[Draw.between(r, PRISONS, COUNT - 1)];
    }
}

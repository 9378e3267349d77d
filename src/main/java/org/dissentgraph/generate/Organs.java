package org.dissentgraph.generate;

/** The fixed organs of the synthetic party and state, with the sentences that name them. */
final class Organs {

    static final String PARTY = "org-party";
    static final String CC = "org-cc";
    static final String POLITBURO = "org-politburo";
    static final String ORGBURO = "org-orgburo";
    static final String SECRETARIAT = "org-secretariat";
    static final String CCC = "org-ccc";
    static final String MOSCOW = "org-moscow-committee";
    static final String PRESS = "org-press";
    static final String INTERNATIONAL = "org-international";
    static final String COUNCIL = "org-council";
    static final String SECURITY = "org-security";

    /** id, name, name_ru, aliases, kind, parent, active, description */
    static final String[][] TABLE = {
        {
            PARTY,
            "The Party",
            "Партия",
            "the Party;All-Union Party",
            "party",
            null,
            "1917/..",
            "The ruling party itself; expulsion from the party points here."
        },
        {
            CC,
            "Central Committee",
            "Центральный комитет",
            "CC;TsK",
            "committee",
            PARTY,
            "1917/..",
            "The highest party organ between congresses, elected by the congress."
        },
        {
            POLITBURO,
            "Political Bureau",
            "Политбюро",
            "Politburo",
            "bureau",
            CC,
            "1919-03/..",
            "The inner bureau of the Central Committee that decided policy."
        },
        {
            ORGBURO,
            "Organisational Bureau",
            "Оргбюро",
            "Orgburo",
            "bureau",
            CC,
            "1919-03/..",
            "The bureau of the Central Committee that assigned party cadres to posts."
        },
        {
            SECRETARIAT,
            "Secretariat of the Central Committee",
            "Секретариат ЦК",
            "Secretariat",
            "secretariat",
            CC,
            "1917/..",
            "The office that ran the Central Committee's daily business."
        },
        {
            CCC,
            "Central Control Commission",
            "Центральная контрольная комиссия",
            "CCC;TsKK",
            "commission",
            PARTY,
            "1920-09/..",
            "The party's disciplinary body, which heard cases against members."
        },
        {
            MOSCOW,
            "Moscow Committee",
            "Московский комитет",
            "MK",
            "committee",
            PARTY,
            "1917/..",
            "The party committee of the capital."
        },
        {
            PRESS,
            "Central Party Newspaper",
            "Центральная партийная газета",
            null,
            "editorial",
            CC,
            "1917/..",
            "The editorial board of the party's central daily."
        },
        {
            INTERNATIONAL,
            "Communist International",
            "Коммунистический Интернационал",
            "Comintern",
            "international",
            null,
            "1919-03/..",
            "The international of communist parties."
        },
        {
            COUNCIL,
            "Council of People's Commissars",
            "Совет народных комиссаров",
            "Sovnarkom",
            "state",
            null,
            "1917/..",
            "The government."
        },
        {
            SECURITY,
            "State Political Directorate",
            "Государственное политическое управление",
            "GPU;OGPU",
            "security",
            COUNCIL,
            "1917/..",
            "The political police."
        }
    };

    private Organs() {}

    static String name(String id) {
        for (String[] organ : TABLE) {
            if (organ[0].equals(id)) {
                return organ[1];
            }
        }
        throw new IllegalArgumentException("no organ " + id);
    }

    /** The organ's {@code active} interval. */
    static String active(String id) {
        for (String[] organ : TABLE) {
            if (organ[0].equals(id)) {
                return organ[6];
            }
        }
        throw new IllegalArgumentException("no organ " + id);
    }

    /** {@code the party}, {@code the Central Committee}: the organ as a sentence names it. */
    static String the(String id) {
        return id.equals(PARTY) ? "the party" : "the " + name(id);
    }
}

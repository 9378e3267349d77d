package org.dissentgraph.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Names built from syllable tables, each syllable with its Cyrillic spelling, so that the English
 * form, the Russian form and the transliteration variants of a generated person agree.
 */
final class Names {

    /** A person's name in both scripts. */
    record PersonName(
            String given, String patronymic, String surname, String givenRu, String patronymicRu, String surnameRu) {

        String english() {
            return given + " " + surname;
        }

        String russian() {
            return givenRu + " " + patronymicRu + " " + surnameRu;
        }

        /** Other ways sources write the name: initials, a German-style transliteration, the Cyrillic surname. */
        List<String> variants() {
            List<String> variants = new ArrayList<>();
            variants.add(given.charAt(0) + ". " + patronymic.charAt(0) + ". " + surname);
            String german = surname.replace("sky", "ski")
                    .replace("kh", "ch")
                    .replace("zh", "sh")
                    .replace("ya", "ja")
                    .replace("v", "w");
            if (!german.equals(surname)) {
                variants.add(german);
            }
            variants.add(surnameRu);
            return variants;
        }
    }

    /** A word in both scripts. */
    record Word(String latin, String cyrillic) {}

    private static final String[][] ONSETS = {
        {"b", "б"},
        {"v", "в"},
        {"g", "г"},
        {"d", "д"},
        {"zh", "ж"},
        {"z", "з"},
        {"k", "к"},
        {"l", "л"},
        {"m", "м"},
        {"n", "н"},
        {"p", "п"},
        {"r", "р"},
        {"s", "с"},
        {"t", "т"},
        {"f", "ф"},
        {"kh", "х"},
        {"ts", "ц"},
        {"ch", "ч"},
        {"sh", "ш"},
        {"br", "бр"},
        {"gr", "гр"},
        {"kr", "кр"},
        {"st", "ст"},
        {"sm", "см"},
        {"tr", "тр"},
        {"dv", "дв"}
    };
    private static final String[][] VOWELS = {
        {"a", "а"}, {"a", "а"}, {"o", "о"}, {"o", "о"}, {"e", "е"}, {"i", "и"}, {"u", "у"}, {"ya", "я"}
    };
    private static final String[][] FIRST_VOWELS = {{"a", "а"}, {"o", "о"}, {"i", "и"}, {"u", "у"}};
    private static final String[][] CLOSERS = {
        {"b", "б"}, {"v", "в"}, {"g", "г"}, {"d", "д"}, {"z", "з"}, {"k", "к"}, {"l", "л"}, {"m", "м"},
        {"n", "н"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"}, {"kh", "х"}, {"sh", "ш"}, {"ch", "ч"}
    };
    private static final String[][] SURNAME_MALE = {
        {"ov", "ов"},
        {"ov", "ов"},
        {"ov", "ов"},
        {"ev", "ев"},
        {"in", "ин"},
        {"in", "ин"},
        {"ovsky", "овский"},
        {"insky", "инский"},
        {"enko", "енко"},
        {"ich", "ич"},
        {"yan", "ян"},
        {"idze", "идзе"},
        {"ashvili", "ашвили"}
    };
    private static final String[][] SURNAME_FEMALE = {
        {"ova", "ова"},
        {"ova", "ова"},
        {"ova", "ова"},
        {"eva", "ева"},
        {"ina", "ина"},
        {"ina", "ина"},
        {"ovskaya", "овская"},
        {"inskaya", "инская"},
        {"enko", "енко"},
        {"ich", "ич"},
        {"yan", "ян"},
        {"idze", "идзе"},
        {"ashvili", "ашвили"}
    };
    private static final String[][] GIVEN_MALE = {
        {"ir", "ир"},
        {"an", "ан"},
        {"ei", "ей"},
        {"or", "ор"},
        {"il", "ил"},
        {"im", "им"},
        {"as", "ас"},
        {"ent", "ент"},
        {"on", "он"}
    };
    private static final String[][] GIVEN_FEMALE = {
        {"a", "а"}, {"ia", "ия"}, {"ina", "ина"}, {"ena", "ена"}, {"ila", "ила"}
    };

    private Names() {}

    static PersonName person(SplittableRandom random) {
        boolean female = Draw.chance(random, 15);
        StringBuilder[] surname = stem(random, 1 + random.nextInt(3));
        String[] ending = Draw.one(random, female ? SURNAME_FEMALE : SURNAME_MALE);
        Word given = given(random, female);
        Word father = given(random, false);
        String suffix = female ? "na" : "ich";
        String suffixRu = female ? "на" : "ич";
        Word patronymic = father.latin().endsWith("ei")
                ? new Word(
                        father.latin().substring(0, father.latin().length() - 1) + "ev" + suffix,
                        father.cyrillic().substring(0, father.cyrillic().length() - 1) + "ев" + suffixRu)
                : new Word(father.latin() + "ov" + suffix, father.cyrillic() + "ов" + suffixRu);
        return new PersonName(
                given.latin(),
                patronymic.latin(),
                capital(surname[0] + ending[0]),
                given.cyrillic(),
                patronymic.cyrillic(),
                capital(surname[1] + ending[1]));
    }

    /** A one-word pseudonym, as party members took ({@code Koba}, {@code Ilyich}). */
    static String pseudonym(SplittableRandom random) {
        StringBuilder[] stem = stem(random, 2);
        return capital(stem[0].toString());
    }

    /** A word root ending in a consonant, for place names: {@code Kalov}. */
    static Word root(SplittableRandom random) {
        StringBuilder[] stem = stem(random, 1 + random.nextInt(2));
        return new Word(capital(stem[0].toString()), capital(stem[1].toString()));
    }

    private static Word given(SplittableRandom random, boolean female) {
        StringBuilder[] stem = stem(random, 1 + random.nextInt(2));
        String[] ending = Draw.one(random, female ? GIVEN_FEMALE : GIVEN_MALE);
        return new Word(capital(stem[0] + ending[0]), capital(stem[1] + ending[1]));
    }

    /** Syllables (consonants and a vowel) closed by a consonant, in Latin [0] and Cyrillic [1]. */
    private static StringBuilder[] stem(SplittableRandom random, int syllables) {
        StringBuilder latin = new StringBuilder();
        StringBuilder cyrillic = new StringBuilder();
        for (int s = 0; s < syllables; s++) {
            if (s == 0 && Draw.chance(random, 10)) {
                String[] vowel = Draw.one(random, FIRST_VOWELS);
                latin.append(vowel[0]);
                cyrillic.append(vowel[1]);
                continue;
            }
            String[] onset = Draw.one(random, ONSETS);
            String[] vowel = Draw.one(random, VOWELS);
            latin.append(onset[0]).append(vowel[0]);
            cyrillic.append(onset[1]).append(vowel[1]);
        }
        String[] closer = Draw.one(random, CLOSERS);
        latin.append(closer[0]);
        cyrillic.append(closer[1]);
        return new StringBuilder[] {latin, cyrillic};
    }

    static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

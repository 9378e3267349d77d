package org.dissentgraph.generate;

/** Word tables for the prose of generated rows: titles, summaries, quotes. */
final class Texts {

    private Texts() {}

    static final String[] ACCUSATIONS = {
        "bureaucratism",
        "factionalism",
        "suppressing criticism",
        "opportunism",
        "a right deviation",
        "a left deviation",
        "neglecting the workers' welfare",
        "violating inner-party democracy",
        "careerism",
        "disloyalty to the Central Committee",
        "undermining party discipline",
        "appointing officials instead of electing them",
        "petty-bourgeois vacillation",
        "distorting the party line",
        "ignoring the local organisations",
        "conciliation with the opposition",
        "packing the congress with delegates",
        "persecuting dissenters",
        "economic adventurism",
        "abandoning the peasants"
    };

    /** A verb and the preposition that introduces the accusation. */
    static final String[][] VERBS = {
        {"accused", "of"},
        {"accused", "of"},
        {"charged", "with"},
        {"reproached", "for"},
        {"attacked", "for"},
        {"denounced", "for"}
    };

    static final String[] QUOTES = {
        "{} is strangling the life of the Party.",
        "We see nothing but {} in the leadership.",
        "The comrades have fallen into {}.",
        "Enough of {}!",
        "Where does {} lead us, comrades?",
        "This is {}, pure and simple.",
        "The rank and file will not tolerate {}."
    };

    static final String[] TOPICS = {
        "party unity", "inner-party democracy", "the trade unions", "discipline", "the peasant question",
        "industrialisation", "the purge of the party", "the party press", "the youth league", "bureaucratism",
        "the national question", "the opposition", "wages and norms", "the army", "the international situation",
        "the economic plan"
    };

    static final String[] OCCUPATIONS = {
        "Metal worker", "Teacher", "Journalist", "Trade-union organiser", "Army commissar", "Economist",
        "Railway worker", "Student", "Textile worker", "Agronomist", "Physician", "Printer"
    };

    static final String[] FACTION_ADJECTIVES = {
        "Left", "Right", "Young", "Northern", "Southern", "Military", "Democratic", "Workers'",
        "Internationalist", "Revolutionary", "Proletarian", "Eastern", "Western", "United", "New", "Ural"
    };

    static final String[] GROUP_NOUNS = {
        "Democratic Centralism",
        "Workers' Truth",
        "Party Renewal",
        "Workers' Democracy",
        "Inner-Party Freedom",
        "Production Democracy",
        "Red Professors",
        "Proletarian Culture",
        "the Trade-Union Line",
        "the Old Guard"
    };

    static final String[] TARGET_GROUPS = {
        "careerists",
        "former members of other parties",
        "passive members",
        "self-seekers",
        "oppositionists",
        "alien elements",
        "officials living beyond their means"
    };

    /** A penalty kind as a noun phrase: {@code TRANSFER_CITY} is {@code transfer to another city}. */
    static String penalty(String kind) {
        return switch (kind) {
            case "REDUCTION_TO_CANDIDATE" -> "reduction to candidate";
            case "REMOVAL_FROM_POST" -> "removal from a post";
            case "TRANSFER_JOB" -> "transfer to other work";
            case "TRANSFER_CITY" -> "transfer to another city";
            case "ASSIGNMENT_ABROAD" -> "posting abroad";
            case "DEATH_IN_CUSTODY" -> "death in custody";
            default -> kind.toLowerCase(java.util.Locale.ROOT);
        };
    }

    static String ordinal(int n) {
        int mod100 = n % 100;
        String suffix = mod100 >= 11 && mod100 <= 13
                ? "th"
                : switch (n % 10) {
                    case 1 -> "st";
                    case 2 -> "nd";
                    case 3 -> "rd";
                    default -> "th";
                };
        return n + suffix;
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String and(java.util.List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}

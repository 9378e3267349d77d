package org.dissentgraph.generate;

import static org.dissentgraph.generate.Dates.FIRST_YEAR;
import static org.dissentgraph.generate.Dates.LAST_YEAR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.dissentgraph.generate.Dates.Precision;
import org.dissentgraph.generate.Dates.Written;
import org.dissentgraph.generate.Factions.Faction;
import org.dissentgraph.generate.Meetings.Meeting;
import org.dissentgraph.generate.Population.Life;

/**
 * The documents (about one per fifty persons), spread evenly over the months 1918-1938 in id order,
 * so the documents of a period are an id range. Like persons they are not stored: document j is a
 * function of the seed and j.
 */
final class Documents {

    record Document(
            String id,
            String kind,
            String title,
            Written date,
            String authors,
            String adoptedAt,
            String partOf,
            String text) {}

    private static final String[] KINDS = {
        "resolution", "platform", "letter", "speech", "pamphlet", "article", "decree", "statement", "book", "transcript"
    };
    private static final int[] WEIGHTS = {15, 5, 20, 20, 8, 20, 4, 5, 2, 1};

    private final long seed;
    private final int count;
    private final int digits;
    private final Meetings meetings;
    private final Factions factions;
    private final Population people;

    Documents(long seed, int count, Meetings meetings, Factions factions, Population people) {
        this.seed = seed;
        this.count = count;
        this.digits = Math.max(4, Long.toString(count - 1).length());
        this.meetings = meetings;
        this.factions = factions;
        this.people = people;
    }

    int count() {
        return count;
    }

    String id(int j) {
        return "doc-" + DatasetGenerator.pad(j + 1, digits);
    }

    String kind(int j) {
        return head(Draw.of(seed, Draw.DOCUMENT, j)).kind();
    }

    /** Month index (0 = January 1918) of document j. */
    private int month(int j) {
        return (int) ((long) j * Dates.MONTHS / count);
    }

    /** The first document of month index {@code month}, or {@link #count} past the end. */
    int firstOf(int month) {
        return (int) Math.min(count, ((long) month * count + Dates.MONTHS - 1) / Dates.MONTHS);
    }

    /** A document dated in years {@code [y0, y1]} after day {@code notBefore}, or null. */
    Document between(SplittableRandom r, int y0, int y1, long notBefore) {
        int from = firstOf((y0 - FIRST_YEAR) * 12);
        int to = firstOf((Math.min(y1, LAST_YEAR) - FIRST_YEAR + 1) * 12);
        if (from >= to) {
            return null;
        }
        Document d = get(from + r.nextInt(to - from));
        return d.date().first() > notBefore ? d : null;
    }

    /** The first two draws of a document: its kind, and whether it is a point of a resolution. */
    private record Head(String kind, boolean point) {}

    private static Head head(SplittableRandom r) {
        String kind = KINDS[Draw.weighted(r, WEIGHTS)];
        boolean point = Draw.chance(r, 20) && kind.equals("resolution");
        return new Head(kind, point);
    }

    Document get(int j) {
        SplittableRandom r = Draw.of(seed, Draw.DOCUMENT, j);
        Head head = head(r);
        int month = month(j);
        if (head.point()) {
            // a point of the nearest earlier resolution of the same month that is not a point itself
            for (int q = j - 1; q >= Math.max(0, j - 5) && month(q) == month; q--) {
                Head other = head(Draw.of(seed, Draw.DOCUMENT, q));
                if (other.kind().equals("resolution") && !other.point()) {
                    Document parent = get(q);
                    return new Document(
                            id(j),
                            "resolution",
                            parent.title() + ", point " + Draw.between(r, 1, 9),
                            parent.date(),
                            null,
                            null,
                            parent.id(),
                            Draw.chance(r, 50) ? excerpt(r) : null);
                }
            }
        }
        int year = FIRST_YEAR + month / 12;
        LocalDate monthStart = LocalDate.of(year, month % 12 + 1, 1);
        Written date = null;
        String adoptedAt = null;
        if (head.kind().equals("resolution") && Draw.chance(r, 60)) {
            Meeting m = meetings.forumStartingIn(month);
            if (m != null) {
                date = m.date();
                adoptedAt = m.id();
            }
        }
        if (date == null) {
            LocalDate day = monthStart.plusDays(r.nextInt(monthStart.lengthOfMonth()));
            date = Dates.write(
                    day,
                    new Precision[] {Precision.DAY, Precision.MONTH, Precision.YEAR}[Draw.weighted(r, 60, 30, 10)]);
        }
        List<String> authors = new ArrayList<>();
        String surname = null;
        String factionName = null;
        switch (head.kind()) {
            case "resolution", "decree" -> {
                if (adoptedAt == null) {
                    authors.add(
                            head.kind().equals("decree")
                                    ? Organs.COUNCIL
                                    : Draw.chance(r, 50) ? Organs.CC : Organs.PARTY);
                }
            }
            case "platform" -> {
                Faction f = factions.pick(r);
                if (f.activeIn(year)) {
                    authors.add(f.id());
                    factionName = f.name();
                }
            }
            default -> {}
        }
        if (authors.isEmpty() && adoptedAt == null) {
            for (int n = head.kind().equals("platform") ? Draw.between(r, 2, 5) : Draw.between(r, 1, 2); n > 0; n--) {
                int p = r.nextInt(people.count());
                Life life = people.life(p);
                if (life.from() <= year && year <= life.to() && !authors.contains(people.id(p))) {
                    authors.add(people.id(p));
                    surname = surname == null ? people.name(p).surname() : surname;
                }
            }
        }
        String topic = Draw.one(r, Texts.TOPICS);
        String who = surname != null ? surname : "a group of members";
        String title = switch (head.kind()) {
            case "resolution" -> "Resolution on " + topic;
            case "decree" -> "Decree on " + topic;
            case "platform" -> factionName != null ? "Platform of the " + factionName : "Platform on " + topic;
            case "letter" -> "Letter of " + who + " to the Central Committee on " + topic;
            case "speech" -> "Speech of " + who + " on " + topic;
            case "pamphlet" -> Names.capital(topic) + " and the tasks of the party";
            case "article" -> "On " + topic + ", article by " + who;
            case "statement" -> "Statement of " + who + " on " + topic;
            case "book" -> "The party and " + topic + ", by " + who;
            default -> "Transcript of the hearing of " + who;
        };
        return new Document(
                id(j),
                head.kind(),
                title,
                date,
                authors.isEmpty() ? null : String.join(";", authors),
                adoptedAt,
                null,
                Draw.chance(r, 25) ? excerpt(r) : null);
    }

    private static String excerpt(SplittableRandom r) {
        return "We demand that the party put an end to " + Draw.one(r, Texts.ACCUSATIONS) + ".";
    }
}

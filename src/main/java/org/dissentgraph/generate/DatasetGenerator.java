package org.dissentgraph.generate;

import static org.dissentgraph.generate.Dates.FIRST_YEAR;
import static org.dissentgraph.generate.Dates.LAST_YEAR;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.dissentgraph.generate.Documents.Document;
import org.dissentgraph.generate.Factions.Faction;
import org.dissentgraph.generate.Meetings.Meeting;
import org.dissentgraph.generate.Names.PersonName;
import org.dissentgraph.generate.Places.Place;
import org.dissentgraph.generate.Population.Life;
import org.dissentgraph.generate.Population.Membership;
import org.dissentgraph.model.PenaltyKind;

/**
 * Writes a synthetic dataset of N persons in the import format, row by row.
 *
 * <p>Memory stays bounded whatever N: the small tables (organs, places, meetings, factions) are
 * built first; persons and documents are not stored but recomputed from the seed and their index
 * when needed ({@link Population}, {@link Documents}); every row goes to its file as soon as it is
 * made ({@link Output}). All randomness comes from {@link Draw} streams keyed by the seed, so the
 * same N and seed give the same bytes.
 *
 * <p>Sizes, for N persons: N/100 + 10 sources, N/1000 + 10 factions, 11 organs, 30 places, 21
 * congresses and conferences plus N/2000 + 20 plenums and sessions, N/50 documents (at least 10)
 * plus the rule's resolution and its point, 5 purges, N/10000 + 10 statements, one rule; per person
 * about one membership, one criticism and 1.5 penalties, and citations for every claim.
 */
final class DatasetGenerator {

    private static final String RULE_DOCUMENT = "doc-unity";
    private static final String RULE_POINT = "doc-unity-point-7";

    private final long seed;
    private final Places places;
    private final Factions factions;
    private final Meetings meetings;
    private final Population people;
    private final Documents documents;
    private final int statements;
    private final Meeting ruleCongress;

    DatasetGenerator(int persons, long seed) {
        if (persons < GenerateCommand.MIN_PERSONS) {
            throw new IllegalArgumentException("at least " + GenerateCommand.MIN_PERSONS + " persons");
        }
        this.seed = seed;
        this.places = new Places(seed);
        this.factions = new Factions(seed, persons / 1000 + 10, places);
        this.meetings = new Meetings(seed, persons / 2000 + 20, places);
        this.people = new Population(seed, persons, factions);
        this.documents = new Documents(seed, Math.max(10, persons / 50), meetings, factions, people);
        this.statements = persons / 10_000 + 10;
        this.ruleCongress = meetings.congressOf(1921);
    }

    /**
     * Writes every file into {@code dir} (which must exist), printing progress every tenth of the
     * persons when asked; returns the rows written per file.
     */
    Map<String, Long> writeTo(Path dir, PrintStream progress, boolean reportProgress) throws IOException {
        long started = System.nanoTime();
        Map<String, Long> rows;
        try (Output out = new Output(dir, people.count() / 100 + 10)) {
            writeSources(out);
            writeOrgans(out);
            writePlaces(out);
            writeMeetings(out);
            writeFactions(out);
            writeDocuments(out);
            writeRule(out);
            writePurges(out);
            writeStatements(out);
            Penalties penalties = new Penalties(seed, out, people, meetings, documents, places, ruleCongress.year());
            Criticisms criticisms = new Criticisms(seed, out, people, factions, meetings, documents, penalties);
            int n = people.count();
            int step = Math.max(1, (n + 9) / 10);
            for (int i = 0; i < n; i++) {
                writePerson(out, penalties, i);
                criticisms.writeFor(i);
                if (reportProgress && ((i + 1) % step == 0 || i + 1 == n)) {
                    progress.printf(
                            Locale.ROOT,
                            "  %,d of %,d persons (%d%%), %,d criticisms, %,d penalties, %.1f s%n",
                            i + 1,
                            n,
                            (int) ((i + 1) * 100L / n),
                            criticisms.count(),
                            penalties.count(),
                            (System.nanoTime() - started) / 1e9);
                }
            }
            rows = out.rows();
        }
        return rows;
    }

    private void writePerson(Output out, Penalties penalties, int i) {
        SplittableRandom r = Draw.of(seed, Draw.PERSON, i);
        String id = people.id(i);
        Life life = people.life(i);
        PersonName name = people.name(i);
        String aliases = null;
        if (Draw.chance(r, 40)) {
            List<String> candidates = new ArrayList<>(name.variants());
            candidates.add(Names.pseudonym(r));
            List<String> chosen = new ArrayList<>();
            for (int n = Draw.between(r, 1, 3); n > 0; n--) {
                String alias = candidates.get(r.nextInt(candidates.size()));
                if (!chosen.contains(alias)) {
                    chosen.add(alias);
                }
            }
            aliases = String.join(";", chosen);
        }
        String description = Draw.chance(r, 50)
                ? Draw.one(r, Texts.OCCUPATIONS) + " from " + places.anyCity(r).name() + "."
                : null;
        out.row(
                Table.PERSON,
                id,
                name.english(),
                Draw.chance(r, 60) ? name.russian() : null,
                aliases,
                life.born(),
                life.bornOriginal(),
                life.died(),
                description,
                Output.confidence(r));
        out.cite(
                id,
                r,
                name.surname() + ", " + name.given() + " " + name.patronymic() + " (b. " + life.born() + ")",
                null);
        if (Draw.chance(r, 5)) {
            out.cite(id, r, "born " + (life.bornOriginal() != null ? life.bornOriginal() : life.born()), "date");
        }
        List<Membership> memberships = people.memberships(i, life);
        for (Membership m : memberships) {
            String sources = out.anySource(r);
            if (Draw.chance(r, 20)) {
                String second = out.anySource(r);
                sources = second.equals(sources) ? sources : sources + ";" + second;
            }
            out.row(
                    Table.MEMBERSHIP,
                    id,
                    m.group(),
                    m.role(),
                    m.date(),
                    sources,
                    name.surname() + ", " + m.role().replace('-', ' ') + " of " + m.groupName(),
                    Draw.chance(r, 40) ? "p. " + Draw.between(r, 1, 640) : null,
                    Output.confidence(r));
        }
        penalties.writeFor(i, life, name, memberships);
    }

    // ---- the small tables ----------------------------------------------------------------------

    private void writeSources(Output out) {
        for (int k = 0; k < out.sourceCount(); k++) {
            SplittableRandom r = Draw.of(seed, Draw.SOURCE, k);
            String kind = sourceKind(r);
            String id = out.sourceId(k);
            String canonical = null;
            if (kind.equals("web-copy") && k > 0 && Draw.chance(r, 80)) {
                int copied = r.nextInt(k);
                if (!sourceKind(Draw.of(seed, Draw.SOURCE, copied)).equals("web-copy")) {
                    canonical = out.sourceId(copied);
                }
            }
            String title;
            String author = null;
            String publisher;
            String year;
            switch (kind) {
                case "primary" -> {
                    title = switch (r.nextInt(3)) {
                        case 0 -> "Stenographic report of the " + Texts.ordinal(Draw.between(r, 7, 17)) + " Congress";
                        case 1 -> "Protocols of the Central Control Commission, " + Draw.between(r, 1920, 1938);
                        default ->
                            "Party archive, fond " + Draw.between(r, 1, 700) + ", file " + Draw.between(r, 1, 9000);
                    };
                    publisher = "Party Publishing House";
                    year = String.valueOf(Draw.between(r, 1920, 1938));
                }
                case "secondary" -> {
                    int from = Draw.between(r, 1918, 1934);
                    title = Names.capital(Draw.one(r, Texts.TOPICS)) + " and the party apparatus, " + from + "–"
                            + Draw.between(r, from + 1, 1938);
                    author = Names.person(r).english();
                    publisher = Names.root(r).latin() + " University Press";
                    year = String.valueOf(Draw.between(r, 1960, 2020));
                }
                case "encyclopedia" -> {
                    title = "Biographical Dictionary of Party Members, volume " + Draw.between(r, 1, 30);
                    publisher = "Encyclopedia Publishers";
                    year = String.valueOf(Draw.between(r, 1970, 2010));
                }
                default -> {
                    title = "Party history notes, part " + Draw.between(r, 1, 400);
                    publisher = "example.org mirror";
                    year = Dates.day(Dates.dayIn(r, Draw.between(r, 2005, 2024)));
                }
            }
            out.row(
                    Table.SOURCE,
                    id,
                    kind,
                    title,
                    author,
                    publisher,
                    year,
                    "https://example.org/synthetic/" + id,
                    canonical,
                    "Synthetic source made by the generator (seed " + seed + "); not a real publication.");
        }
    }

    private static String sourceKind(SplittableRandom r) {
        return new String[] {"primary", "secondary", "encyclopedia", "web-copy"}[Draw.weighted(r, 20, 45, 15, 20)];
    }

    private void writeOrgans(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.SETUP, 1);
        for (String[] o : Organs.TABLE) {
            out.row(Table.ORGAN, o[0], o[1], o[2], o[3], o[4], o[5], o[6], o[7], "high");
            out.cite(o[0], r, o[1] + ": " + o[7], null);
        }
    }

    private void writePlaces(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.PLACE, 1);
        for (Place p : places.all()) {
            out.row(Table.PLACE, p.id(), p.name(), p.nameRu(), p.kind(), p.country(), "high");
            out.cite(p.id(), r, p.name() + (p.country() == null ? "" : ", " + p.country()), "name");
        }
    }

    private void writeMeetings(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.MEETING, 1);
        for (Meeting m : meetings.all()) {
            out.row(
                    Table.MEETING,
                    m.id(),
                    m.name(),
                    m.nameRu(),
                    m.kind(),
                    m.number(),
                    m.city(),
                    m.date().text(),
                    m.organ(),
                    m.voting(),
                    m.consultative(),
                    Output.confidence(r));
            out.cite(m.id(), r, m.name() + ", " + m.date().text(), null);
            if (Draw.chance(r, 20)) {
                out.cite(m.id(), r, "held in " + m.city(), "place");
            }
        }
    }

    private void writeFactions(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.FACTION, -1);
        for (Faction f : factions.all()) {
            out.row(
                    Table.FACTION,
                    f.id(),
                    f.name(),
                    f.aliases(),
                    f.kind(),
                    f.active(),
                    f.description(),
                    Output.confidence(r));
            out.cite(f.id(), r, f.name() + ", active " + f.active(), null);
        }
    }

    private void writeDocuments(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.DOCUMENT, -1);
        out.row(
                Table.DOCUMENT,
                RULE_DOCUMENT,
                "Resolution on party unity",
                "resolution",
                ruleCongress.date().text(),
                Organs.PARTY,
                ruleCongress.id(),
                null,
                null,
                null,
                "high");
        out.cite(RULE_DOCUMENT, r, "the resolution on party unity", null);
        out.row(
                Table.DOCUMENT,
                RULE_POINT,
                "Resolution on party unity, point 7",
                "resolution",
                ruleCongress.date().text(),
                null,
                null,
                RULE_DOCUMENT,
                "Expulsion of a member of the Central Committee requires two thirds of an" + " enlarged plenum.",
                "excerpt",
                "high");
        out.cite(RULE_POINT, r, "point 7", null);
        for (int j = 0; j < documents.count(); j++) {
            Document d = documents.get(j);
            out.row(
                    Table.DOCUMENT,
                    d.id(),
                    d.title(),
                    d.kind(),
                    d.date().text(),
                    d.authors(),
                    d.adoptedAt(),
                    d.partOf(),
                    d.text(),
                    d.text() == null ? null : "excerpt",
                    Output.confidence(r));
            out.cite(d.id(), r, d.title(), null);
            if (d.authors() != null) {
                // each person among the authors signed it, on its date
                for (String author : d.authors().split(";")) {
                    if (author.startsWith("p-")) {
                        String signature = d.id() + "-" + author;
                        out.row(
                                Table.SIGNATURE,
                                signature,
                                author,
                                d.id(),
                                d.date().text(),
                                Output.confidence(r));
                        out.cite(signature, r, "signed by " + author, null);
                    }
                }
            }
        }
    }

    private void writeRule(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.SETUP, 2);
        out.row(
                Table.RULE,
                Penalties.RULE_ID,
                "Two-thirds of an enlarged plenum to demote or expel a Central Committee member",
                RULE_POINT,
                "REDUCTION_TO_CANDIDATE;EXPULSION",
                "members of the Central Committee",
                "joint plenum of the Central Committee and the Central Control Commission",
                2,
                3,
                "members-present",
                "A member of the Central Committee may be reduced to a candidate or expelled from the party only if a"
                        + " joint plenum of the Central Committee and the Central Control Commission so decides by two"
                        + " thirds of the members present.",
                "The safeguard that protected Central Committee members from expulsion by a simple majority.",
                "high");
        out.cite(Penalties.RULE_ID, r, "by two thirds of the members present", null);
    }

    private void writePurges(Output out) {
        SplittableRandom r = Draw.of(seed, Draw.SETUP, 3);
        for (int year : new int[] {1921, 1925, 1929, 1933, 1935}) {
            String id = "purge-" + year;
            String date = year == 1929 || year == 1933 ? year + "/" + (year + 1) : String.valueOf(year);
            int share = Draw.between(r, 5, 25);
            List<String> groups = new ArrayList<>();
            for (String g : Texts.TARGET_GROUPS) {
                if (Draw.chance(r, 35)) {
                    groups.add(g);
                }
            }
            out.row(
                    Table.PURGE,
                    id,
                    "Party purge of " + date.replace('/', '-'),
                    date,
                    Draw.between(r, 30, 300) * 10_000,
                    "about",
                    "0." + pad(share, 2),
                    Draw.chance(r, 50) ? "about" : "over",
                    groups.isEmpty() ? null : String.join(";", groups),
                    Draw.chance(r, 50) ? Organs.PARTY : Organs.CCC,
                    "A general verification of the party membership, year " + year + ".",
                    Output.confidence(r));
            out.cite(id, r, "the purge of " + year, null);
            out.cite(id, r, "about " + share + " per cent were expelled", "count");
        }
    }

    private void writeStatements(Output out) {
        for (int k = 0; k < statements; k++) {
            SplittableRandom r = Draw.of(seed, Draw.STATEMENT, k);
            String id = "st-" + pad(k + 1, 4);
            List<String> about = new ArrayList<>(List.of(Organs.PARTY));
            for (int n = Draw.between(r, 0, 3); n > 0; n--) {
                String person = people.id(r.nextInt(people.count()));
                if (!about.contains(person)) {
                    about.add(person);
                }
            }
            int from = Draw.between(r, FIRST_YEAR, 1935);
            int to = Draw.between(r, from, LAST_YEAR);
            List<String> kinds = new ArrayList<>();
            for (String kind : PenaltyKind.names()) {
                if (Draw.chance(r, 18)) {
                    kinds.add(kind);
                }
            }
            String named = kinds.isEmpty()
                    ? "reprimands"
                    : Texts.and(kinds.stream().map(Texts::penalty).toList());
            out.row(
                    Table.STATEMENT,
                    id,
                    String.join(";", about),
                    from + "/" + to,
                    kinds.isEmpty() ? null : String.join(";", kinds),
                    "Between " + from + " and " + to
                            + " penalties for criticism of the leadership mostly took the form of " + named + ".",
                    Output.confidence(r));
            out.cite(id, r, "penalties took the form of " + named, null);
        }
    }

    /** {@code value} with leading zeros to {@code width} digits: ids that sort as numbers. */
    static String pad(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }
}

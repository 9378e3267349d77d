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
import org.dissentgraph.generate.Documents.Document;
import org.dissentgraph.generate.Factions.Faction;
import org.dissentgraph.generate.Meetings.Meeting;
import org.dissentgraph.generate.Penalties.Draft;
import org.dissentgraph.generate.Population.Life;

/**
 * About one criticism per person: mostly one person criticizing another, sometimes a group letter
 * or a body (an organ, a faction, a congress) speaking; targets are mostly persons, sometimes an
 * organ, a faction or a document. Critics and targets come from power laws over shuffled ranks
 * ({@link PowerLaw}, {@link Shuffle}) mixed with uniform picks, so a few persons are hubs criticized
 * by thousands (at a million persons) and most are criticized by no one or once or twice. The date
 * falls in the years when every person involved was active, at a meeting, in a document or on its own.
 */
final class Criticisms {

    private static final String[] SPEAKING_ORGANS = {Organs.CC, Organs.CCC, Organs.PRESS, Organs.POLITBURO};
    private static final String[] TARGET_ORGANS = {
        Organs.CC,
        Organs.POLITBURO,
        Organs.CCC,
        Organs.PARTY,
        Organs.PRESS,
        Organs.SECRETARIAT,
        Organs.ORGBURO,
        Organs.INTERNATIONAL
    };
    // the sampler's shares, also used to estimate how often a person is criticized
    private static final int PERSON_TARGET_PERCENT = 85;
    private static final int HUB_TARGET_PERCENT = 45;
    private static final int HUB_CRITIC_PERCENT = 25;
    private static final long NO_EARLIER_EVENT = Long.MIN_VALUE / 2;

    private final long seed;
    private final Output out;
    private final Population people;
    private final Factions factions;
    private final Meetings meetings;
    private final Documents documents;
    private final Penalties penalties;
    private final PowerLaw targetLaw;
    private final PowerLaw criticLaw;
    private final Shuffle targetOrder;
    private final Shuffle criticOrder;
    private long count;

    Criticisms(
            long seed,
            Output out,
            Population people,
            Factions factions,
            Meetings meetings,
            Documents documents,
            Penalties penalties) {
        this.seed = seed;
        this.out = out;
        this.people = people;
        this.factions = factions;
        this.meetings = meetings;
        this.documents = documents;
        this.penalties = penalties;
        SplittableRandom setup = Draw.of(seed, Draw.SETUP, 0);
        this.targetLaw = new PowerLaw(people.count(), 1.0);
        this.criticLaw = new PowerLaw(people.count(), 0.9);
        this.targetOrder = new Shuffle(people.count(), setup);
        this.criticOrder = new Shuffle(people.count(), setup);
    }

    long count() {
        return count;
    }

    /** The criticisms of loop step {@code i}: none, one or two. */
    void writeFor(int i) {
        SplittableRandom r = Draw.of(seed, Draw.CRITICISM, i);
        for (int k = Draw.weighted(r, 10, 80, 10); k > 0; k--) {
            write(r);
        }
    }

    /** Who is involved so far and the years in which all of them could act. */
    private static final class Scene {
        final List<String> critics = new ArrayList<>(2);
        final List<String> targets = new ArrayList<>(2);
        final List<String> targetLabels = new ArrayList<>(2);
        final List<Integer> persons = new ArrayList<>(4);
        final List<Integer> targetPersons = new ArrayList<>(2);
        String criticLabel;
        int y0 = FIRST_YEAR;
        int y1 = LAST_YEAR;
        /** a meeting speaking as a body */
        Meeting body;
        /** the day of a criticized document: the criticism comes after it */
        long notBefore = NO_EARLIER_EVENT;

        /** Narrows the years to those {@code [from, to]} shares with them, if any; says whether it did. */
        boolean fits(int from, int to) {
            if (Math.max(y0, from) > Math.min(y1, to)) {
                return false;
            }
            y0 = Math.max(y0, from);
            y1 = Math.min(y1, to);
            return true;
        }
    }

    private int pickPerson(SplittableRandom r, PowerLaw law, Shuffle order, int hubPercent) {
        return Draw.chance(r, hubPercent) ? order.apply(law.sample(r)) : r.nextInt(people.count());
    }

    private void write(SplittableRandom r) {
        String id = "c-" + DatasetGenerator.pad(count++, people.digits());
        Scene scene = new Scene();
        critics(r, scene);
        for (int t = Draw.chance(r, 92) ? 1 : Draw.between(r, 2, 3); t > 0; t--) {
            target(r, scene);
        }
        if (scene.targets.isEmpty()) {
            scene.targets.add(Organs.PARTY);
            scene.targetLabels.add("the party leadership");
        }

        Meeting venue = scene.body;
        Document document = null;
        Written date = null;
        int mode = r.nextInt(100);
        if (venue == null && mode < 30) {
            venue = meetings.between(r, scene.y0, scene.y1, scene.notBefore);
        }
        if (venue != null) {
            date = venue.date();
        } else if (mode < 50) {
            document = documents.between(r, scene.y0, scene.y1, scene.notBefore);
            if (document != null && !scene.targets.contains(document.id())) {
                date = document.date();
            } else {
                document = null;
            }
        }
        if (date == null) {
            date = ownDate(r, scene);
        }

        String accusation = Draw.one(r, Texts.ACCUSATIONS);
        String[] verb = Draw.one(r, Texts.VERBS);
        String summary = scene.criticLabel + " " + verb[0] + " " + Texts.and(scene.targetLabels) + " " + verb[1] + " "
                + accusation + (venue != null && scene.body == null ? " at the " + venue.name() : "")
                + (document != null ? " in \"" + document.title() + "\"" : "") + ".";
        String quote =
                Draw.chance(r, 35) ? Names.capital(Draw.one(r, Texts.QUOTES).replace("{}", accusation)) : null;

        List<Draft> consequences = new ArrayList<>(1);
        for (int p : scene.targetPersons) {
            // a quarter of the criticized are penalized for it; fewer of the hubs, or they would collect thousands
            if (r.nextDouble() < 0.25 * Math.min(1.0, 20.0 / expectedInDegree(p))) {
                Draft penalty = penalties.forCriticism(r, p, id, accusation, date.last());
                if (penalty != null) {
                    consequences.add(penalty);
                }
            }
        }
        boolean nothingFollowed = consequences.isEmpty() && Draw.chance(r, 5);
        out.row(
                Table.CRITICISM,
                id,
                String.join(";", scene.critics),
                String.join(";", scene.targets),
                date.text(),
                venue == null ? null : venue.id(),
                document == null ? null : document.id(),
                quote,
                summary,
                nothingFollowed ? "none-attested" : null,
                Output.confidence(r));
        out.cite(id, r, scene.criticLabel + " on " + accusation, null);
        if (quote != null && Draw.chance(r, 30)) {
            out.cite(id, r, quote, "quote");
        }
        if (nothingFollowed) {
            out.cite(id, r, "no consequences for the speaker are recorded", "aftermath");
        }
        for (Draft penalty : consequences) {
            penalties.write(penalty, r);
        }
    }

    /** One person, now and then with co-signers, or (5%) an organ, a faction or a meeting as a body. */
    private void critics(SplittableRandom r, Scene scene) {
        int who = r.nextInt(100);
        if (who < 5) {
            switch (Draw.weighted(r, 60, 25, 15)) {
                case 0 -> {
                    String organ = Draw.one(r, SPEAKING_ORGANS);
                    scene.critics.add(organ);
                    scene.criticLabel = Names.capital(Organs.the(organ));
                }
                case 1 -> {
                    Faction f = factions.pick(r);
                    scene.critics.add(f.id());
                    scene.criticLabel = "The " + f.name();
                    scene.fits(f.from(), f.to());
                }
                default -> {
                    scene.body = meetings.any(r);
                    scene.critics.add(scene.body.id());
                    scene.criticLabel = "The " + scene.body.name();
                    scene.fits(scene.body.year(), scene.body.year());
                }
            }
            return;
        }
        int first = pickPerson(r, criticLaw, criticOrder, HUB_CRITIC_PERCENT);
        Life life = people.life(first);
        scene.fits(life.from(), life.to());
        scene.persons.add(first);
        scene.critics.add(people.id(first));
        scene.criticLabel = people.name(first).english();
        int cosigners = who < 11 ? Draw.between(r, 1, 2) : who < 12 ? Draw.between(r, 3, 8) : 0;
        for (int k = 0; k < cosigners; k++) {
            for (int attempt = 0; attempt < 3; attempt++) {
                int p = r.nextInt(people.count());
                Life other = people.life(p);
                if (!scene.persons.contains(p) && scene.fits(other.from(), other.to())) {
                    scene.persons.add(p);
                    scene.critics.add(people.id(p));
                    break;
                }
            }
        }
        if (scene.critics.size() > 1) {
            scene.criticLabel +=
                    " and " + (scene.critics.size() - 1) + (scene.critics.size() == 2 ? " other" : " others");
        }
    }

    /** Mostly a person (a hub or anyone) active in the scene's years; else an organ, a faction or a document. */
    private void target(SplittableRandom r, Scene scene) {
        int what = r.nextInt(100);
        String target = null;
        String label = null;
        if (what < PERSON_TARGET_PERCENT) {
            for (int attempt = 0; attempt < 6 && target == null; attempt++) {
                int p = pickPerson(r, targetLaw, targetOrder, HUB_TARGET_PERCENT);
                Life life = people.life(p);
                if (!scene.persons.contains(p) && scene.fits(life.from(), life.to())) {
                    scene.persons.add(p);
                    scene.targetPersons.add(p);
                    target = people.id(p);
                    label = people.name(p).english();
                }
            }
        } else if (what < 92) {
            target = null; // an organ, below
        } else if (what < 97) {
            Faction f = factions.pick(r);
            if (scene.fits(f.from(), f.to())) {
                target = f.id();
                label = "the " + f.name();
            }
        } else if (scene.body == null) {
            Document d = documents.between(r, scene.y0, scene.y1, scene.notBefore);
            if (d != null && d.date().last() < endOf(scene.y1)) {
                scene.notBefore = Math.max(scene.notBefore, d.date().last());
                scene.y0 = Math.max(
                        scene.y0, LocalDate.ofEpochDay(scene.notBefore + 1).getYear());
                target = d.id();
                label = "the " + d.kind() + " \"" + d.title() + "\"";
            }
        }
        if (target == null) {
            target = Draw.one(r, TARGET_ORGANS);
            label = Organs.the(target);
        }
        if (!scene.targets.contains(target) && !scene.critics.contains(target)) {
            scene.targets.add(target);
            scene.targetLabels.add(label);
        }
    }

    /** A date of mixed precision in the scene's years, after a criticized document if there is one. */
    private static Written ownDate(SplittableRandom r, Scene scene) {
        int year = Draw.between(r, scene.y0, scene.y1);
        LocalDate day = Dates.dayBetween(r, Math.max(startOf(year), scene.notBefore + 1), endOf(year));
        Precision precision = scene.notBefore > NO_EARLIER_EVENT
                ? Precision.DAY
                : new Precision[] {
                            Precision.DAY, Precision.MONTH, Precision.YEAR, Precision.ABOUT_YEAR, Precision.MAYBE_YEAR
                        }
                        [Draw.weighted(r, 45, 30, 17, 5, 3)];
        if (precision == Precision.ABOUT_YEAR && year == scene.y1) {
            precision = Precision.YEAR; // "about" reaches a year further, perhaps past a death
        }
        return Dates.write(day, precision);
    }

    /** How many criticisms are expected to target person {@code i}: thousands for the top hubs. */
    private double expectedInDegree(int i) {
        int n = people.count();
        double hub = HUB_TARGET_PERCENT / 100.0;
        return n
                * (PERSON_TARGET_PERCENT / 100.0)
                * (hub * targetLaw.probability(targetOrder.invert(i)) + (1 - hub) / n);
    }
}

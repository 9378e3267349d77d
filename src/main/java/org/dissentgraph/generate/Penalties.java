package org.dissentgraph.generate;

import static org.dissentgraph.generate.Dates.endOf;
import static org.dissentgraph.generate.Dates.startOf;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.dissentgraph.generate.Dates.Precision;
import org.dissentgraph.generate.Dates.Written;
import org.dissentgraph.generate.Meetings.Meeting;
import org.dissentgraph.generate.Names.PersonName;
import org.dissentgraph.generate.Places.Place;
import org.dissentgraph.generate.Population.Life;
import org.dissentgraph.generate.Population.Membership;
import org.dissentgraph.model.AccusationRole;

/**
 * Penalties and the votes that decided them. Each person gets about one penalty of their own
 * (mostly applied, some only proposed), an executed person an arrest and an execution at the end of
 * their life, and {@link Criticisms} adds penalties for criticisms, with the criticism as grounds.
 * Expelling or demoting a Central Committee member after the rule was adopted falls under the
 * two-thirds rule and gets a vote, which sometimes falls short or is not held.
 */
final class Penalties {

    static final String RULE_ID = "rule-cc-two-thirds";

    private static final String[] OWN_KINDS = {
        "EXPULSION", "REDUCTION_TO_CANDIDATE", "REMOVAL_FROM_POST", "TRANSFER_JOB", "TRANSFER_CITY",
        "ASSIGNMENT_ABROAD", "REPRIMAND", "EXILE", "DEPORTATION", "ARREST"
    };
    private static final int[] OWN_WEIGHTS = {14, 5, 14, 10, 9, 5, 22, 7, 1, 8};
    private static final String[] GROUNDED_KINDS = {
        "REPRIMAND",
        "EXPULSION",
        "REMOVAL_FROM_POST",
        "REDUCTION_TO_CANDIDATE",
        "TRANSFER_JOB",
        "TRANSFER_CITY",
        "ASSIGNMENT_ABROAD",
        "ARREST",
        "EXILE"
    };
    private static final int[] GROUNDED_WEIGHTS = {25, 20, 15, 6, 8, 8, 5, 6, 7};
    private static final String[] POSTS = {
        Organs.CC,
        Organs.POLITBURO,
        Organs.ORGBURO,
        Organs.SECRETARIAT,
        Organs.MOSCOW,
        Organs.PRESS,
        Organs.INTERNATIONAL,
        Organs.COUNCIL
    };
    private static final long NO_EARLIER_EVENT = Long.MIN_VALUE / 2;

    /** A penalty being drafted, before it gets its id and is written. */
    static final class Draft {
        String person;
        String personName;
        String kind;
        String outcome = "APPLIED";
        Written decision;
        Written effective;
        String imposedBy;
        Meeting decidedAt;
        String under;
        Place to;
        String from;
        String grounds;
        String accusation;
        String governedBy;
        /** for a SENTENCE: DEATH, CAMP, PRISON or EXILE, and the term (not for DEATH) */
        String sentence;

        String term;
        /** where it happened (an execution site, a prison, a camp) */
        Place place;

        Vote vote;
        /** whether a second, differently dated row may be written (not for the last days of a life) */
        boolean mayVary = true;
    }

    private record Vote(
            String result,
            Integer votesFor,
            Integer against,
            Integer abstained,
            Integer present,
            Integer entitled,
            boolean underRule) {}

    private final long seed;
    private final Output out;
    private final Population people;
    private final Meetings meetings;
    private final Documents documents;
    private final Places places;
    private final int ruleYear;
    private final int idDigits;
    private long count;
    private long votes;

    /** @param ruleYear the year the two-thirds rule was adopted; it governs decisions from the next year */
    Penalties(
            long seed,
            Output out,
            Population people,
            Meetings meetings,
            Documents documents,
            Places places,
            int ruleYear) {
        this.seed = seed;
        this.out = out;
        this.people = people;
        this.meetings = meetings;
        this.documents = documents;
        this.places = places;
        this.ruleYear = ruleYear;
        this.idDigits = people.digits();
    }

    long count() {
        return count;
    }

    /** The person's own penalties, and arrest and execution when the life ends so. */
    void writeFor(int i, Life life, PersonName name, List<Membership> memberships) {
        SplittableRandom r = Draw.of(seed, Draw.PENALTY, i);
        int[] years = new int[Draw.weighted(r, 36, 36, 17, 8, 3)];
        for (int k = 0; k < years.length; k++) {
            years[k] = Draw.between(r, life.from(), life.to());
        }
        Arrays.sort(years);
        for (int year : years) {
            String kind = OWN_KINDS[Draw.weighted(r, OWN_WEIGHTS)];
            if (year > ruleYear && Population.inCentralCommittee(memberships, year) && Draw.chance(r, 40)) {
                kind = Draw.chance(r, 70) ? "EXPULSION" : "REDUCTION_TO_CANDIDATE"; // what the rule was made for
            }
            Draft p = draft(r, i, name, life, memberships, kind, year, NO_EARLIER_EVENT);
            write(p, r);
        }
        if (life.executed()) {
            LocalDate death = life.death();
            Draft arrest = lastDays(i, name, "ARREST", death.minusDays(Draw.between(r, 30, 300)));
            arrest.to = Draw.chance(r, 70) ? places.prison(r) : places.camp(r);
            write(arrest, r);
            LocalDate sentenced = death.minusDays(Draw.between(r, 1, 20));
            Draft sentence = lastDays(i, name, "SENTENCE", sentenced);
            sentence.sentence = "DEATH";
            String sentenceId = write(sentence, r);
            Draft execution = lastDays(i, name, "EXECUTION", sentenced);
            execution.effective = Dates.write(death, Precision.DAY);
            execution.place = arrest.to;
            String executionId = write(execution, r);
            if (Draw.chance(r, 40)) {
                rehabilitate(r, execution.person, name, sentenceId + ";" + executionId);
            }
        } else if (life.death() != null && life.death().getYear() >= 1930 && Draw.chance(r, 10)) {
            // died in custody: an arrest, a sentence to camp or prison, and the death on the day died says
            LocalDate death = life.death();
            Draft arrest = lastDays(i, name, "ARREST", death.minusDays(Draw.between(r, 800, 1800)));
            write(arrest, r);
            Draft sentence = lastDays(
                    i, name, "SENTENCE", LocalDate.ofEpochDay(arrest.decision.last() + Draw.between(r, 30, 200)));
            sentence.sentence = Draw.chance(r, 70) ? "CAMP" : "PRISON";
            sentence.term = "P" + Draw.between(r, 5, 10) + "Y";
            sentence.to = sentence.sentence.equals("CAMP") ? places.camp(r) : places.prison(r);
            write(sentence, r);
            Draft custody = new Draft();
            custody.person = people.id(i);
            custody.personName = name.english();
            custody.kind = "DEATH_IN_CUSTODY";
            custody.effective = new Written(life.died(), death.toEpochDay(), death.toEpochDay());
            custody.place = sentence.to;
            custody.mayVary = false;
            write(custody, r);
        }
    }

    /** A judicial rehabilitation, decades later, of the sentence and execution {@code reverses}. */
    private void rehabilitate(SplittableRandom r, String person, PersonName name, String reverses) {
        String id = person + "-rehabilitation-judicial";
        String date = Dates.write(Dates.dayIn(r, Draw.between(r, 1956, 1990)), Precision.DAY)
                .text();
        out.row(
                Table.REVERSAL,
                id,
                person,
                "REHABILITATION_JUDICIAL",
                date,
                reverses,
                "The sentence on " + name.english() + " was quashed: a judicial rehabilitation.",
                Output.confidence(r));
        out.cite(id, r, name.english() + " was rehabilitated in " + date.substring(0, 4), null);
    }

    private Draft lastDays(int person, PersonName name, String kind, LocalDate decided) {
        Draft p = new Draft();
        p.person = people.id(person);
        p.personName = name.english();
        p.kind = kind;
        p.decision = Dates.write(decided, Precision.DAY);
        p.imposedBy = Organs.SECURITY;
        p.mayVary = false;
        return p;
    }

    /**
     * A penalty of person {@code i} for a criticism, decided in {@code year} after day {@code after}
     * (when the criticism was made), or null when the person's active years end first.
     */
    Draft forCriticism(SplittableRandom r, int i, String criticism, String accusation, long after) {
        Life life = people.life(i);
        int first = LocalDate.ofEpochDay(after + 1).getYear();
        if (first > life.to()) {
            return null;
        }
        int year = Draw.between(r, first, Math.min(life.to(), first + 3));
        Draft p = draft(
                r,
                i,
                people.name(i),
                life,
                people.memberships(i, life),
                GROUNDED_KINDS[Draw.weighted(r, GROUNDED_WEIGHTS)],
                year,
                after);
        p.grounds = criticism;
        p.accusation = accusation;
        return p;
    }

    /** A penalty of {@code kind} for person {@code i}, decided in {@code year} after day {@code notBefore}. */
    private Draft draft(
            SplittableRandom r,
            int i,
            PersonName name,
            Life life,
            List<Membership> memberships,
            String kind,
            int year,
            long notBefore) {
        Draft p = new Draft();
        p.person = people.id(i);
        p.personName = name.english();
        p.kind = kind;
        boolean partyKind = switch (kind) {
            case "EXPULSION", "REDUCTION_TO_CANDIDATE", "REPRIMAND" -> true;
            default -> false;
        };
        boolean repression = switch (kind) {
            case "EXILE", "DEPORTATION", "ARREST", "EXECUTION" -> true;
            default -> false;
        };
        boolean protectedMember = (kind.equals("EXPULSION") || kind.equals("REDUCTION_TO_CANDIDATE"))
                && year > ruleYear
                && Population.inCentralCommittee(memberships, year);
        if (protectedMember) {
            p.governedBy = RULE_ID;
            p.decidedAt = meetings.between(r, year, year, notBefore, "joint-plenum");
            if (p.decidedAt == null) {
                p.decidedAt = meetings.between(r, year, year, notBefore, "plenum");
            }
            p.vote = ruleVote(r);
            p.outcome = switch (p.vote.result()) {
                case "ADOPTED", "NOT_HELD" -> "APPLIED";
                default -> Draw.chance(r, 70) ? "PROPOSED_NOT_APPLIED" : "APPLIED";
            };
        } else {
            p.outcome = Draw.chance(r, 85) ? "APPLIED" : "PROPOSED_NOT_APPLIED";
            if (partyKind && Draw.chance(r, 25)) {
                p.decidedAt =
                        meetings.between(r, year, year, notBefore, "congress", "conference", "plenum", "joint-plenum");
            } else if (repression && Draw.chance(r, 20)) {
                p.decidedAt = meetings.between(r, year, year, notBefore, "session");
            }
            if (p.decidedAt != null && p.decidedAt.isPartyForum() && Draw.chance(r, 15)) {
                p.vote = simpleVote(r, p.decidedAt, p.outcome.equals("APPLIED"));
            }
        }
        date(p, r, year, notBefore);
        if (p.decidedAt != null) {
            p.imposedBy = switch (p.decidedAt.kind()) {
                case "congress", "conference" -> Organs.PARTY;
                default -> p.decidedAt.organ();
            };
        } else if (Draw.chance(r, 45)) {
            p.imposedBy = partyKind
                    ? new String[] {Organs.CCC, Organs.CC, Organs.POLITBURO, Organs.MOSCOW, Organs.ORGBURO}
                            [Draw.weighted(r, 40, 25, 15, 10, 10)]
                    : repression
                            ? (Draw.chance(r, 85) ? Organs.SECURITY : Organs.POLITBURO)
                            : new String[] {Organs.ORGBURO, Organs.SECRETARIAT, Organs.POLITBURO, Organs.CC}
                                    [Draw.weighted(r, 35, 30, 20, 15)];
        }
        switch (kind) {
            case "EXPULSION" -> {
                String from = protectedMember || Draw.chance(r, 85) ? Organs.PARTY : Organs.CC;
                // not from an organ whose membership rows end before or start after the expulsion
                p.from = fits(from, memberships, year)
                        ? from
                        : fits(Organs.PARTY, memberships, year) ? Organs.PARTY : null;
            }
            case "REDUCTION_TO_CANDIDATE" -> p.from = protectedMember && Draw.chance(r, 50) ? Organs.CC : Organs.PARTY;
            case "REMOVAL_FROM_POST" -> {
                p.from = Draw.one(r, POSTS);
                if (!fits(p.from, memberships, year)) {
                    p.from = null;
                }
                for (Membership m : memberships) {
                    if (m.group().startsWith("org-") && !m.group().equals(Organs.PARTY) && holdsThrough(m, year)) {
                        p.from = m.group(); // the post the person held then
                    }
                }
            }
            case "TRANSFER_CITY" -> p.to = places.provincialCity(r);
            case "TRANSFER_JOB" -> p.to = Draw.chance(r, 30) ? places.provincialCity(r) : null;
            case "ASSIGNMENT_ABROAD" -> p.to = Draw.chance(r, 60) ? places.foreignCountry(r) : places.cityAbroad(r);
            case "EXILE" -> p.to = Draw.chance(r, 70) ? places.region(r) : places.provincialCity(r);
            case "DEPORTATION" -> p.to = places.foreignCountry(r);
            case "ARREST" -> p.to = Draw.chance(r, 70) ? places.prison(r) : places.camp(r);
            default -> {}
        }
        if (partyKind && Draw.chance(r, 8)) {
            LocalDate decided = LocalDate.ofEpochDay((p.decision != null ? p.decision : p.effective).first());
            int before = documents.firstOf(Dates.monthIndex(decided)); // documents of earlier months
            if (before > 0) {
                int j = r.nextInt(before);
                if (documents.kind(j).equals("resolution") || documents.kind(j).equals("decree")) {
                    p.under = documents.id(j);
                }
            }
        }
        return p;
    }

    /**
     * Whether a penalty in {@code year} may name {@code organ} in {@code from}: the person has no
     * membership row of it, or one held throughout that year (the consistency rules compare the two).
     */
    private static boolean fits(String organ, List<Membership> memberships, int year) {
        boolean held = false;
        for (Membership m : memberships) {
            if (m.group().equals(organ)) {
                if (holdsThrough(m, year)) {
                    return true;
                }
                held = true;
            }
        }
        return !held;
    }

    /** Whether the membership certainly covers every day of {@code year}. */
    private static boolean holdsThrough(Membership m, int year) {
        return m.fromYear() < year && (year < m.toYear() || m.date().endsWith("/.."));
    }

    /** Decision and effective dates in {@code year}, after {@code notBefore}, of mixed precision. */
    private static void date(Draft p, SplittableRandom r, int year, long notBefore) {
        Written decision;
        if (p.decidedAt != null) {
            decision = p.decidedAt.date();
        } else {
            LocalDate day = Dates.dayBetween(r, Math.max(startOf(year), notBefore + 1), endOf(year));
            decision = Dates.write(
                    day,
                    new Precision[] {Precision.DAY, Precision.MONTH, Precision.YEAR}[Draw.weighted(r, 55, 30, 15)]);
            if (decision.first() <= notBefore) {
                decision = Dates.write(day, Precision.DAY);
            }
        }
        p.decision = decision;
        if (p.outcome.equals("APPLIED")) {
            int dates = Draw.weighted(r, 50, 30, 20); // decision only, both, effective only
            if (dates == 1 || (dates == 2 && p.decidedAt == null)) {
                LocalDate day = LocalDate.ofEpochDay(Math.min(endOf(year), decision.last() + r.nextInt(61)));
                Written effective = Dates.write(day, Draw.chance(r, 70) ? Precision.DAY : Precision.MONTH);
                p.effective = effective.first() < decision.first() ? Dates.write(day, Precision.DAY) : effective;
                if (dates == 2) {
                    p.decision = null;
                }
            }
        }
    }

    /** A vote under the two-thirds rule (of members present): carried, short of two thirds, or not held. */
    private static Vote ruleVote(SplittableRandom r) {
        int present = Draw.between(r, 25, 70);
        int entitled = present + r.nextInt(15);
        int needed = (2 * present + 2) / 3;
        return switch (Draw.weighted(r, 55, 30, 15)) {
            case 0 -> {
                int votesFor = Draw.between(r, needed, present);
                int against = r.nextInt(present - votesFor + 1);
                yield new Vote(
                        "ADOPTED",
                        votesFor,
                        against,
                        r.nextInt(present - votesFor - against + 1),
                        present,
                        entitled,
                        true);
            }
            case 1 -> {
                int votesFor = Draw.between(r, present / 3, needed - 1);
                int rest = present - votesFor;
                int against = Draw.between(r, rest / 2, rest);
                yield new Vote("REJECTED", votesFor, against, r.nextInt(rest - against + 1), present, entitled, true);
            }
            default -> new Vote("NOT_HELD", null, null, null, null, null, true);
        };
    }

    /** A simple-majority vote at a congress, conference or plenum that matches the outcome. */
    private static Vote simpleVote(SplittableRandom r, Meeting m, boolean carried) {
        int present = m.voting() != null ? m.voting() : Draw.between(r, 25, 70);
        if (carried) {
            int votesFor = Draw.between(r, present / 2 + 1, present);
            return new Vote("ADOPTED", votesFor, r.nextInt(present - votesFor + 1), null, present, null, false);
        }
        int votesFor = r.nextInt(present / 3 + 1);
        return new Vote(
                "REJECTED", votesFor, Draw.between(r, votesFor + 1, present - votesFor), null, present, null, false);
    }

    /** Writes the penalty with its citations, its vote, and now and then a second, disputed dating. */
    /** Writes the penalty (and its variant, vote, readmission, accusation where drawn); returns its id. */
    String write(Draft p, SplittableRandom r) {
        String id = "pen-" + DatasetGenerator.pad(count++, idDigits);
        String summary = summary(p);
        boolean variant = p.mayVary
                && p.vote == null
                && p.grounds == null
                && p.decidedAt == null
                && p.decision != null
                && Draw.chance(r, 1);
        out.row(
                Table.PENALTY,
                id,
                p.person,
                p.kind,
                p.outcome,
                text(p.decision),
                text(p.effective),
                p.imposedBy,
                p.decidedAt == null ? null : p.decidedAt.id(),
                p.under,
                p.to == null ? null : p.to.id(),
                p.from,
                p.grounds,
                p.governedBy,
                summary,
                Output.confidence(r),
                variant ? "disputed" : null,
                null,
                null,
                p.sentence,
                p.term,
                p.place == null ? null : p.place.id());
        out.cite(id, r, brief(p), null);
        if (p.grounds != null) {
            out.cite(id, r, p.personName + " was punished for " + p.accusation, "grounds");
        }
        if (Draw.chance(r, 4)) {
            out.cite(id, r, "decided " + (p.decision != null ? p.decision : p.effective).text(), "date");
        }
        if (variant) {
            Written other = Dates.write(Dates.dayIn(r, p.decision.firstYear()), Precision.MONTH);
            String variantId = id + "-b";
            out.row(
                    Table.PENALTY,
                    variantId,
                    p.person,
                    p.kind,
                    p.outcome,
                    other.text(),
                    null,
                    p.imposedBy,
                    null,
                    p.under,
                    p.to == null ? null : p.to.id(),
                    p.from,
                    null,
                    null,
                    summary,
                    "medium",
                    "disputed",
                    id,
                    "Another source dates this penalty differently; both are kept.",
                    p.sentence,
                    p.term,
                    p.place == null ? null : p.place.id());
            out.cite(variantId, r, brief(p) + " in " + other.text(), "date");
        }
        if (p.vote != null) {
            writeVote(p, id, r);
        }
        if (p.kind.equals("EXPULSION") && p.outcome.equals("APPLIED") && p.from != null) {
            // readmitted the next day (a reversal of this expulsion): the person's penalties are drawn
            // independently (his own, and those for criticisms of him), so any of them may follow; the
            // consistency rules then hold
            String back = Dates.write(
                            LocalDate.ofEpochDay((p.effective != null ? p.effective : p.decision).last() + 1),
                            Precision.DAY)
                    .text();
            String reversalId = id + "-readmission";
            out.row(
                    Table.REVERSAL,
                    reversalId,
                    p.person,
                    "READMISSION",
                    back,
                    id,
                    p.personName + " was readmitted to " + Organs.the(p.from) + ".",
                    Output.confidence(r));
            out.cite(reversalId, r, p.personName + " was readmitted on " + back, null);
        }
        if (p.outcome.equals("APPLIED") && p.decision != null && Draw.chance(r, 10)) {
            accuse(p, id, r);
        }
        return id;
    }

    private static final String[] ROLES = AccusationRole.names().toArray(String[]::new);

    /** Another person, alive on the day of the decision, who brought the charge that led to penalty {@code id}. */
    private void accuse(Draft p, String penaltyId, SplittableRandom r) {
        int k = r.nextInt(people.count());
        Life life = people.life(k);
        String accuser = people.id(k);
        if (accuser.equals(p.person)
                || (life.death() != null && life.death().toEpochDay() - 400 <= p.decision.last())) {
            return;
        }
        String role = ROLES[r.nextInt(ROLES.length)];
        String id = "acc-" + penaltyId;
        out.row(
                Table.ACCUSATION,
                id,
                accuser,
                p.person,
                role,
                p.decision.text(),
                p.decidedAt == null ? null : p.decidedAt.id(),
                penaltyId,
                people.name(k).english() + " " + role.toLowerCase(Locale.ROOT).replace('_', ' ') + " against "
                        + p.personName + ".",
                Output.confidence(r));
        out.cite(id, r, people.name(k).english() + " against " + p.personName, null);
    }

    private void writeVote(Draft p, String penaltyId, SplittableRandom r) {
        Vote v = p.vote;
        String id = "v-" + DatasetGenerator.pad(votes++, idDigits);
        Written date = p.decision != null ? p.decision : p.effective;
        String body = p.decidedAt != null
                ? "the " + p.decidedAt.name()
                : v.underRule() ? "the enlarged plenum" : "the meeting";
        String summary = v.result().equals("NOT_HELD")
                ? "The vote of " + body + " that the rule requires was not held before " + p.personName + " was "
                        + (p.kind.equals("EXPULSION") ? "expelled" : "reduced to candidate") + "."
                : "On the motion against " + p.personName + ", " + body + " voted " + v.votesFor() + " for and "
                        + v.against() + " against"
                        + (v.abstained() != null && v.abstained() > 0 ? ", " + v.abstained() + " abstaining" : "")
                        + ", of " + v.present() + " present; the motion was "
                        + v.result().toLowerCase(Locale.ROOT) + ".";
        out.row(
                Table.VOTE,
                id,
                penaltyId,
                p.decidedAt == null ? null : p.decidedAt.id(),
                date.text(),
                v.votesFor(),
                v.against(),
                v.abstained(),
                v.present(),
                v.entitled(),
                v.result(),
                summary,
                Output.confidence(r));
        out.cite(
                id,
                r,
                v.votesFor() == null ? "no vote was taken" : v.votesFor() + " for, " + v.against() + " against",
                null);
        if (v.votesFor() != null && Draw.chance(r, 30)) {
            out.cite(id, r, v.present() + " present", "count");
        }
    }

    private static String text(Written date) {
        return date == null ? null : date.text();
    }

    private static String brief(Draft p) {
        return p.personName + ": " + Texts.penalty(p.kind);
    }

    private static String summary(Draft p) {
        String clause = switch (p.kind) {
            case "EXPULSION" -> p.from == null ? "expelled" : "expelled from " + Organs.the(p.from);
            case "REDUCTION_TO_CANDIDATE" -> "reduced to a candidate of " + Organs.the(p.from);
            case "REMOVAL_FROM_POST" -> p.from == null ? "removed from a post" : "removed from " + Organs.the(p.from);
            case "TRANSFER_JOB" -> "moved to other work" + (p.to == null ? "" : " in " + p.to.name());
            case "TRANSFER_CITY" -> "transferred to " + p.to.name();
            case "ASSIGNMENT_ABROAD" -> "posted abroad, to " + p.to.name();
            case "REPRIMAND" -> "reprimanded";
            case "EXILE" -> "exiled to " + p.to.name();
            case "DEPORTATION" -> "deported to " + p.to.name();
            case "ARREST" -> "arrested" + (p.to == null ? "" : " and held in " + p.to.name());
            case "EXECUTION" -> "shot" + (p.place == null ? "" : " at " + p.place.name());
            case "SENTENCE" ->
                p.sentence.equals("DEATH")
                        ? "sentenced to death"
                        : "sentenced to " + p.term.substring(1, p.term.length() - 1) + " years of "
                                + p.sentence.toLowerCase(Locale.ROOT);
            case "DEATH_IN_CUSTODY" -> "dead in custody" + (p.place == null ? "" : " at " + p.place.name());
            default -> p.kind.toLowerCase(Locale.ROOT);
        };
        String by = p.imposedBy == null || p.imposedBy.equals(p.from)
                ? ""
                : " by "
                        + Texts.and(Arrays.stream(p.imposedBy.split(";"))
                                .map(Organs::the)
                                .toList());
        String forWhat = p.accusation == null ? "" : " for " + p.accusation;
        return p.outcome.equals("APPLIED")
                ? p.personName + " was " + clause + by + forWhat + "."
                : "A motion" + by + " that " + p.personName + " be " + clause + forWhat + " was not carried out.";
    }
}

package org.dissentgraph.criticism;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Optional;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/**
 * The final fate of {@link Fates} (docs/consequences.md, rule 3), published for other features:
 * {@code /api/persons/{id}/fate} and the cohorts' fates ({@code cohort/}) answer with the same
 * {@link Outcome}, derived by the same rules, and read the same table of {@link #DEATHS}.
 */
public interface FinalFates {

    /** What the rules read of a penalty or reversal. */
    record Penalty(String id, String kind, String outcome, When when, String variantOf, String summary) {}

    /**
     * How a person's record ends.
     *
     * @param outcome exactly one of EXECUTED, DIED_IN_CUSTODY, DIED_AT_LIBERTY, ALIVE_AT_END_OF_RECORD, UNKNOWN
     * @param explanation why, in a sentence; for UNKNOWN, what the record lacks
     * @param evidence ids of the penalties (and the person, for a death date) it rests on
     */
    @Serdeable
    @Schema(description = "how the person's record ends (docs/consequences.md, rule 3)")
    record Outcome(
            @Schema(
                    allowableValues = {
                        "EXECUTED",
                        "DIED_IN_CUSTODY",
                        "DIED_AT_LIBERTY",
                        "ALIVE_AT_END_OF_RECORD",
                        "UNKNOWN"
                    })
            String outcome,

            @Schema(description = "why, in a sentence; for UNKNOWN, what the record does not say")
            String explanation,

            @Schema(description = "ids of the penalties (and the person, for a death date) it rests on")
            List<String> evidence) {}

    /** A penalty kind that ends a life, and the final fate an applied row of it gives. */
    record Death(String kind, String outcome) {}

    /**
     * The kinds whose applied row says how a person died, in order of precedence: the one place
     * such a kind is mapped to a final fate. {@code DEATH_IN_CUSTODY} rows exist once the kind is
     * in {@code PenaltyKind}; until then the entry matches nothing.
     */
    List<Death> DEATHS = List.of(new Death("EXECUTION", "EXECUTED"), new Death("DEATH_IN_CUSTODY", "DIED_IN_CUSTODY"));

    /**
     * The years in which a death the record does not explain is not taken for a death at liberty:
     * 1936–1941, from the first Moscow trial's year to the wartime shootings. A death in these years
     * with no custody row is {@code UNKNOWN} unless the person had been deported from the country
     * before it ({@link #ABROAD}); docs/consequences.md, rule 3.
     */
    java.time.LocalDate UNEXPLAINED_FROM = java.time.LocalDate.of(1936, 1, 1);

    java.time.LocalDate UNEXPLAINED_TO = java.time.LocalDate.of(1941, 12, 31);

    /** Kinds that put a person beyond the Soviet organs' reach: expelled from the country. */
    List<String> ABROAD = List.of("DEPORTATION");

    /** Kinds that put a person in custody until a later sign of liberty ({@link Fates#LIBERTY}). */
    List<String> CUSTODY = List.of("ARREST");

    /** The death a kind records, if it is one of {@link #DEATHS}. */
    static Optional<Death> death(String kind) {
        return DEATHS.stream().filter(d -> d.kind().equals(kind)).findFirst();
    }

    /** The final fate of {@code person} from all their penalties and reversals. */
    static Outcome of(Ref person, When died, List<Penalty> penalties) {
        List<PenaltyFact> facts = penalties.stream()
                .map(p -> new PenaltyFact(
                        person,
                        p.id(),
                        p.kind(),
                        p.outcome(),
                        p.when(),
                        null,
                        null,
                        p.summary(),
                        null,
                        null,
                        p.variantOf(),
                        List.of(),
                        List.of(),
                        List.of()))
                .toList();
        return Fates.finalFate(person, died, facts);
    }
}

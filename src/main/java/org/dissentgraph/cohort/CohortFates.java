package org.dissentgraph.cohort;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dissentgraph.criticism.FinalFates;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** What happened to a cohort: per member, and per event kind in aggregate (docs/fates.md). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record CohortFates(
        Cohort cohort,

        @Schema(description = "the event kinds followed, in the order asked")
        List<String> events,

        @Schema(description = "the day follow-up stops for everyone; absent: no limit") @Nullable
        LocalDate until,

        @Schema(
                description = "which end of uncertain date ranges the primary curves use (both are returned)",
                allowableValues = {"earliest", "latest"})
        String primaryEnd,

        String method,
        Counts counts,

        @Schema(description = "per event kind: counts, counts by year, and the curves from both ends of the dates")
        List<KindFates> kinds,

        @Schema(description = "one entry per member, in id order")
        List<MemberFate> members,

        @Schema(
                description =
                        "with compare=: the other cohort (without the members of this one) and the log-rank tests")
        @Nullable
        Comparison comparison) {

    @Serdeable
    record Counts(
            @Schema(description = "members of the cohort") int members,

            @Schema(description = "members with an entry date, who are in the curves")
            int followed,

            @Schema(description = "members by final fate (EXECUTED, DIED_IN_CUSTODY, ...)")
            Map<String, Integer> fates) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MemberFate(
            Ref person,

            @Schema(description = "when the act that defines the cohort took place; absent if undated") @Nullable
            When entry,

            @Schema(
                    description =
                            "ids of what puts the person in the cohort (document, signature, faction, organ, penalties)")
            List<String> entryEvidence,

            @Schema(description = "how follow-up ends: the person's death, the end of the record, or until") @Nullable
            End end,

            @Schema(description = "per event kind: the first such event after entry, or why there is none")
            List<Outcome> outcomes,

            @Schema(description = "the final fate by the rules of /api/persons/{id}/fate")
            FinalFates.Outcome fate,

            @Schema(description = "every id the member's row rests on, to open with /api/entities/{id}")
            List<String> evidence,

            @Nullable String note) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record End(
            @Schema(allowableValues = {"DEATH", "END_OF_RECORD", "UNTIL"})
            String reason,

            When when,
            Lag lag,
            List<String> evidence) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Outcome(
            String kind,

            @Schema(
                    description = "EVENT: it happened; DIED_FIRST: the person died first of another cause (a competing"
                            + " risk); CENSORED: followed to the end of the record or until without it",
                    allowableValues = {"EVENT", "DIED_FIRST", "CENSORED"})
            String status,

            @Schema(description = "the penalty, for an EVENT") @Nullable
            String penaltyId,

            @Nullable When when,

            @Schema(description = "days from entry to the event or the end of follow-up, from both ends of the dates")
            Lag lag,

            @Schema(description = "months from entry using the earliest end (the primary curves)")
            double monthsEarliest,

            @Schema(description = "months from entry using the latest end")
            double monthsLatest,

            @Schema(
                    description = "why the event is counted although no row of its kind is recorded (an ARREST"
                            + " implied by an execution or death in custody: custody by that date)")
            @Nullable
            String note) {}

    /** {@code minDays}: from entry's latest day to the event's earliest (never below 0); {@code maxDays}: earliest to latest. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Lag(long minDays, @Nullable Long maxDays) {}

    @Serdeable
    record KindFates(
            String kind,

            @Schema(description = "members who had the event")
            int events,

            @Schema(description = "members who died first of another cause")
            int diedFirst,

            @Schema(description = "members followed to the end without it")
            int censored,

            @Schema(description = "events by the year the source gives")
            List<YearCount> byYear,

            @Schema(description = "curves with every date at its earliest possible day (primary)")
            Curves earliest,

            @Schema(description = "curves with every date at its latest possible day")
            Curves latest) {}

    @Serdeable
    record YearCount(int year, int count) {}

    @Serdeable
    record Curves(
            @Schema(
                    description =
                            "Kaplan–Meier: no event by t, had no one died first (deaths of other causes censored)")
            Survival.KaplanMeier kaplanMeier,

            @Schema(description = "Aalen–Johansen: share who had the event by t, death of other causes competing")
            List<Survival.IncidenceStep> cumulativeIncidence) {}

    @Serdeable
    record Comparison(
            Cohort cohort,

            @Schema(description = "members of both cohorts, left out of this one so the groups are disjoint")
            int overlapRemoved,

            Counts counts,
            List<KindFates> kinds,
            List<MemberFate> members,

            @Schema(description = "per event kind and end: the log-rank test of the two cohorts")
            List<LogRankTest> logRank) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record LogRankTest(
            String kind,

            @Schema(allowableValues = {"earliest", "latest"})
            String end,

            @Schema(description = "absent when neither cohort had the event") @Nullable
            Survival.LogRank test) {}
}

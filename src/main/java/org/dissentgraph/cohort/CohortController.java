package org.dissentgraph.cohort;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dissentgraph.model.PenaltyKind;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

/** What happened to a group: cohorts, their members' fates, survival curves and comparison (docs/fates.md). */
@Controller("/api/cohorts")
@Tag(name = "cohorts")
class CohortController {

    static final String CSV = "text/csv";
    static final List<String> DEFAULT_EVENTS = List.of("EXPULSION", "ARREST", "EXECUTION");
    private static final String FATES_DESCRIPTION = "Per member: entry date (the act that defines the cohort), for each"
            + " event kind the first such penalty after entry with its lag range {minDays, maxDays}, or DIED_FIRST (a"
            + " competing death) or CENSORED (end of record, until), the end of follow-up, the final fate (as"
            + " /api/persons/{id}/fate) and the evidence ids. Aggregate per kind: counts, counts by year, Kaplan–Meier"
            + " steps {time, atRisk, events, censored, survival, lower, upper} (months; pointwise 95 % Greenwood band,"
            + " log-log) with the median, and the Aalen–Johansen cumulative incidence with death of other causes as the"
            + " competing risk; for both ends of uncertain dates (primaryEnd says which is primary). compare= adds the"
            + " other cohort, without this one's members, and a log-rank test per kind and end. Accept: text/csv gives"
            + " one row per member. See docs/fates.md.";

    private final CohortService cohorts;

    CohortController(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @Get
    @Problems
    @Operation(
            summary = "The cohorts the data defines",
            description = "Signatories of a document (SIGNED or among its authors), members of a faction, members of a"
                    + " party organ on the last day of each congress, persons a meeting penalised; cohorts of two or more."
                    + " Any cohort can be asked for by id, also unlisted ones (organ:central-committee@1923-10-15).")
    @ApiResponse(responseCode = "200", description = "the cohorts, by kind and date")
    List<Cohort> list() {
        return cohorts.list();
    }

    @Get("/{id}/fates")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Problems
    @Problems.NotFound
    @Operation(summary = "What happened to a cohort, how soon, compared with another", description = FATES_DESCRIPTION)
    @ApiResponse(
            responseCode = "200",
            description = "the fates",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortFates.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "one row per member"))
            })
    HttpResponse<?> fates(
            HttpRequest<?> request,
            @Parameter(description = "a cohort id", example = "signed:declaration-of-46") @PathVariable String id,
            @Parameter(description = "event kinds, comma-separated or repeated (default EXPULSION,ARREST,EXECUTION)")
                    @QueryValue
                    @Nullable
                    List<String> events,
            @Parameter(description = "EDTF date: follow-up stops at its last day", example = "1941-06-22")
                    @QueryValue
                    @Nullable
                    String until,
            @Parameter(
                            description = "a cohort id to compare with (its members in this cohort are left out)",
                            example = "organ:central-committee@1923-10-15")
                    @QueryValue
                    @Nullable
                    String compare) {
        return answer(request, CohortSpec.parse("id", id), part -> "id", events, until, compare);
    }

    @Get("/fates")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Problems
    @Problems.NotFound
    @Operation(
            summary = "The fates of a cohort composed from filters",
            description = "The same answer as /api/cohorts/{id}/fates for the cohort the filters define together"
                    + " (an intersection): signed=<document>, faction=<faction>, memberOf=<organ> with at=<date> (members"
                    + " on that day; without at, at any time). " + FATES_DESCRIPTION)
    @ApiResponse(
            responseCode = "200",
            description = "the fates",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortFates.class)),
                @Content(mediaType = CSV, schema = @Schema(type = "string", description = "one row per member"))
            })
    HttpResponse<?> composed(
            HttpRequest<?> request,
            @Parameter(description = "id of a document: its signatories", example = "declaration-of-46")
                    @QueryValue
                    @Nullable
                    String signed,
            @Parameter(description = "id of an organ: its members", example = "central-committee") @QueryValue @Nullable
                    String memberOf,
            @Parameter(
                            description = "with memberOf: a date (YYYY-MM-DD or EDTF) the membership holds on",
                            example = "1934-02-10")
                    @QueryValue
                    @Nullable
                    String at,
            @Parameter(description = "id of a faction: its members", example = "workers-opposition")
                    @QueryValue
                    @Nullable
                    String faction,
            @Parameter(description = "event kinds, comma-separated or repeated (default EXPULSION,ARREST,EXECUTION)")
                    @QueryValue
                    @Nullable
                    List<String> events,
            @Parameter(description = "EDTF date: follow-up stops at its last day", example = "1941-06-22")
                    @QueryValue
                    @Nullable
                    String until,
            @Parameter(description = "a cohort id to compare with") @QueryValue @Nullable String compare) {
        List<String> parts = new ArrayList<>();
        if (signed != null) {
            parts.add("signed:" + Params.id("signed", signed));
        }
        if (faction != null) {
            parts.add("faction:" + Params.id("faction", faction));
        }
        if (at != null && memberOf == null) {
            throw new ApiException.BadParameter(
                    "at",
                    "at is the day an organ's membership holds on; give memberOf with it",
                    List.of("memberOf=<organ>&at=YYYY-MM-DD"));
        }
        if (memberOf != null) {
            String organ = "organ:" + Params.id("memberOf", memberOf);
            if (at != null) {
                Edtf day = Params.date("at", at)
                        .orElseThrow(() -> new ApiException.BadParameter("at", "at is empty", List.of("YYYY-MM-DD")));
                if (day.isInterval()) {
                    throw new ApiException.BadParameter(
                            "at",
                            "at is one date, not an interval: '" + Params.abbreviate(at) + "'",
                            List.of("YYYY-MM-DD"));
                }
                organ += "@" + day.text();
            }
            parts.add(organ);
        }
        if (parts.isEmpty()) {
            throw new ApiException.BadParameter(
                    "signed",
                    "give at least one of signed, faction or memberOf (with at) to define the cohort",
                    List.of("signed", "faction", "memberOf", "at"));
        }
        return answer(
                request,
                CohortSpec.parse("signed", String.join("+", parts)),
                part -> switch (part.kind()) {
                    case "organ" -> "memberOf";
                    default -> part.kind();
                },
                events,
                until,
                compare);
    }

    private HttpResponse<?> answer(
            HttpRequest<?> request,
            CohortSpec spec,
            java.util.function.Function<CohortSpec.Part, String> parameter,
            List<String> events,
            String until,
            String compare) {
        List<String> kinds = Params.values("events", events, eventKinds());
        LocalDate end = Params.date("until", until).flatMap(Edtf::latest).orElse(null);
        CohortSpec other = compare == null || compare.isBlank() ? null : CohortSpec.parse("compare", compare);
        CohortFates fates = cohorts.fates(spec, parameter, kinds.isEmpty() ? DEFAULT_EVENTS : kinds, end, other);
        if (wantsCsv(request)) {
            return HttpResponse.ok(CohortCsv.of(fates))
                    .contentType(MediaType.of(CSV + ";charset=utf-8"))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"cohort-fates.csv\"");
        }
        return HttpResponse.ok(fates).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Penalty kinds that can be events: every kind but the reversals. */
    static List<String> eventKinds() {
        return PenaltyKind.names().stream()
                .filter(k -> !FateAnalysis.reversal(k))
                .toList();
    }

    private static boolean wantsCsv(HttpRequest<?> request) {
        for (MediaType type : request.accept()) {
            if (type.getName().equals(CSV)) {
                return true;
            }
            if (type.getName().equals(MediaType.APPLICATION_JSON)
                    || type.getName().equals("*/*")) {
                return false;
            }
        }
        return false;
    }
}

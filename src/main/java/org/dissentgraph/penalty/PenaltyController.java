package org.dissentgraph.penalty;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.dissentgraph.model.PenaltyKind;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api")
@Tag(name = "penalties")
class PenaltyController {

    static final List<String> KINDS = PenaltyKind.names();
    static final List<String> OUTCOMES = List.of("APPLIED", "PROPOSED_NOT_APPLIED");
    static final List<String> GROUPINGS = List.of("year", "kind", "faction");

    private static final String STATS_NOTE = "Applied penalties only: a penalty moved but not applied never counts,"
            + " one kept as a variant of another (a second dating of the same event) is not counted twice, and"
            + " readmissions are reversals, not penalties. By year, the year the source gives: 1921~ counts in 1921,"
            + " an open start in the year of its latest date.";

    private final PenaltyRepository repository;

    PenaltyController(PenaltyRepository repository) {
        this.repository = repository;
    }

    @Get("/penalties")
    @Operation(
            summary = "Penalties, filtered",
            description =
                    "Who received what, with what outcome, when (decision and effect), imposed by whom, decided where, "
                            + "from what and to where, with the sources; in date order. person, kind, outcome and faction "
                            + "take several values, repeated (kind=EXPULSION&kind=ARREST) or comma-separated "
                            + "(kind=EXPULSION,ARREST): a penalty matches any of them.")
    @ApiResponse(responseCode = "200", description = "one page and the total")
    @Problems
    Page<PenaltyView> penalties(
            @Parameter(description = "id(s) of the person who received it, e.g. shlyapnikov-alexander")
                    @Nullable
                    @QueryValue
                    List<String> person,
            @Parameter(
                            description = "penalty kind(s), e.g. EXPULSION",
                            array = @ArraySchema(schema = @Schema(implementation = PenaltyKind.class)))
                    @Nullable
                    @QueryValue
                    List<String> kind,
            @Parameter(description = "EDTF date: penalties whose dates reach this date or later, e.g. 1922 or 1921-03")
                    @Nullable
                    @QueryValue
                    String from,
            @Parameter(description = "EDTF date: penalties whose dates start by the end of this date, e.g. 1927")
                    @Nullable
                    @QueryValue
                    String to,
            @Parameter(description = "id(s) of a faction the person belonged to, e.g. workers-opposition")
                    @Nullable
                    @QueryValue
                    List<String> faction,
            @Parameter(description = "APPLIED and/or PROPOSED_NOT_APPLIED") @Nullable @QueryValue List<String> outcome,
            @Parameter(description = "page size (1..500, default 50)") @Nullable @QueryValue Integer limit,
            @Parameter(description = "penalties to skip (default 0)") @Nullable @QueryValue Integer offset) {
        List<String> persons = persons(person);
        List<String> k = Params.values("kind", kind, KINDS);
        List<String> o = Params.values("outcome", outcome, OUTCOMES);
        LocalDate start = Params.date("from", from).flatMap(Edtf::earliest).orElse(null);
        LocalDate end = Params.date("to", to).flatMap(Edtf::latest).orElse(null);
        if (start != null && end != null && start.isAfter(end)) {
            throw new ApiException.BadParameter(
                    "to",
                    "to (" + to.strip() + ") ends before from (" + from.strip() + ") begins",
                    List.of("a date not before from"));
        }
        List<String> f = factions(faction);
        int size = Params.limit("limit", limit, 50, 500);
        int skip = Params.offset(offset);
        return repository.find(new PenaltyFilter(k, o, start, end, f, persons), skip, size);
    }

    @Get("/stats/penalties")
    @Operation(
            summary = "How many penalties were applied, by year, kind or faction",
            description =
                    "Applied penalties only (readmissions are reversals, never counted); every answer carries the same"
                            + " distinct total. By year (the year the source gives: 1921~ in 1921, an open start in the year of"
                            + " its latest date) and by kind the counts add up to the total; by faction a penalty counts under"
                            + " each faction its person belonged to ('none' where no membership is recorded), and overlap says"
                            + " by how much the buckets overlap.")
    @ApiResponse(responseCode = "200", description = "the counts")
    @Problems
    PenaltyStats stats(
            @Parameter(description = "year, kind or faction", required = true) @Nullable @QueryValue String by) {
        String grouping = Params.oneOf("by", by, GROUPINGS)
                .orElseThrow(() -> new ApiException.BadParameter(
                        "by", "by is required: one of " + String.join(", ", GROUPINGS), GROUPINGS));
        long total = repository.appliedTotal();
        List<PenaltyStats.Count> counts = repository.counts(grouping);
        long sum = counts.stream().mapToLong(PenaltyStats.Count::count).sum();
        PenaltyStats.Overlap overlap = null;
        String note = STATS_NOTE + " Each penalty counts once, so the counts add up to the total.";
        if (grouping.equals("faction")) {
            long[] o = repository.factionOverlap();
            overlap = new PenaltyStats.Overlap(
                    o[0],
                    o[1],
                    o[0] + " penalties fell to persons of more than one faction and count under each of them, " + o[1]
                            + " countings more than the " + total + " penalties");
            note = STATS_NOTE + " A penalty counts under each faction its person belonged to, so these buckets"
                    + " overlap: see overlap.";
        }
        return new PenaltyStats(grouping, total, note, counts, sum, overlap);
    }

    private List<String> factions(List<String> given) {
        List<String> ids = Params.split(given);
        if (ids.isEmpty()) {
            return ids;
        }
        List<String> known = repository.factionIds();
        for (String id : ids) {
            if (!known.contains(id)) {
                throw new ApiException.BadParameter(
                        "faction",
                        "'" + (id.length() > 60 ? id.substring(0, 57) + "..." : id) + "' is not the id of a faction",
                        known);
            }
        }
        return ids.stream().distinct().toList();
    }

    private List<String> persons(List<String> given) {
        List<String> ids = Params.ids("person", given);
        if (ids.isEmpty()) {
            return ids;
        }
        List<String> unknown = repository.unknownPersons(ids);
        if (!unknown.isEmpty()) {
            throw new ApiException.BadParameter(
                    "person",
                    "'" + unknown.get(0) + "' is not the id of a person",
                    List.of("the id of a person, such as shlyapnikov-alexander"));
        }
        return ids;
    }
}

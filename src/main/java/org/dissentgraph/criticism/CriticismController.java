package org.dissentgraph.criticism;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

/** Who criticized whom, and with what consequence. */
@Controller("/api")
@Tag(name = "criticisms")
class CriticismController {

    private final CriticismRepository repository;
    private final ConsequenceService consequences;

    CriticismController(CriticismRepository repository, ConsequenceService consequences) {
        this.repository = repository;
        this.consequences = consequences;
    }

    @Get("/criticisms")
    @Problems
    @Operation(
            summary = "Who criticized whom",
            description =
                    "Criticisms with critics, targets, date (EDTF and range), venue, quote and sources; filters combine.")
    Page<Criticism> criticisms(
            @Parameter(description = "id of a critic") @QueryValue @Nullable String critic,
            @Parameter(description = "id of a target (person, organ, faction or document)") @QueryValue @Nullable
                    String target,
            @Parameter(description = "EDTF date: criticisms that can fall on or after its start (1922, 1921-03)")
                    @QueryValue
                    @Nullable
                    String from,
            @Parameter(description = "EDTF date: criticisms that can fall on or before its end") @QueryValue @Nullable
                    String to,
            @Parameter(description = "id of the meeting where it was made") @QueryValue @Nullable String venue,
            @Parameter(description = "id of a faction the critic belonged to at the time") @QueryValue @Nullable
                    String faction,
            @Parameter(description = "1..500, default 50") @QueryValue @Nullable Integer limit,
            @Parameter(description = "0 or more, default 0") @QueryValue @Nullable Integer offset) {
        var filter = new CriticismRepository.Filter(
                critic == null ? null : Params.id("critic", critic),
                target == null ? null : Params.id("target", target),
                Params.date("from", from).flatMap(Edtf::earliest).orElse(null),
                Params.date("to", to).flatMap(Edtf::latest).orElse(null),
                venue == null ? null : Params.id("venue", venue),
                faction == null ? null : Params.id("faction", faction));
        return repository.find(filter, Params.limit("limit", limit, 50, 500), Params.offset(offset));
    }

    @Get("/criticisms/{id}/consequences")
    @Problems
    @Problems.NotFound
    @Operation(
            summary = "What followed a criticism for the critic",
            description =
                    "documented penalties (a source ties them to this criticism), inferred penalties (the critic's applied"
                            + " penalties within the window after it, with the lag in days), averted ones (proposed, not applied, with"
                            + " votes), and a verdict; NO_RECORDED_CONSEQUENCE says whether a source attests that nothing followed.")
    Consequences consequences(
            @PathVariable String id,
            @Parameter(description = "months after the criticism to look at, 1..240, default 24") @QueryValue @Nullable
                    Integer windowMonths) {
        return consequences.of(Params.id("id", id), Params.bounded("windowMonths", windowMonths, 24, 1, 240));
    }

    @Get("/persons/{id}/consequences")
    @Problems
    @Problems.NotFound
    @Operation(
            summary = "What dissent cost a person",
            description = "Every criticism the person made, each with its consequences, in date order.")
    List<Consequences> personConsequences(
            @PathVariable String id,
            @Parameter(description = "months after each criticism, 1..240, default 24") @QueryValue @Nullable
                    Integer windowMonths) {
        return consequences.ofPerson(Params.id("id", id), Params.bounded("windowMonths", windowMonths, 24, 1, 240));
    }
}

package org.dissentgraph.person;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.time.Edtf;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api/persons")
@Tag(name = "persons")
class PersonController {

    private final PersonRepository repository;

    PersonController(PersonRepository repository) {
        this.repository = repository;
    }

    @Get
    @Operation(
            summary = "Persons, by name, filtered",
            description =
                    "One page of persons in name order, each with the dates of birth and death as the sources give them and"
                            + " the factions they ever belonged to. faction keeps members of any of the factions named (repeated or"
                            + " comma-separated); q keeps names, Russian names or aliases containing the text; aliveAt keeps those"
                            + " who can have been alive on that EDTF date: not certainly born after it and not certainly dead"
                            + " before it (a missing date leaves that end open). With aliveAt each person says whether they were"
                            + " alive CERTAINLY (both dates known and covering all of it) or POSSIBLY.")
    @ApiResponse(responseCode = "200", description = "one page and the total")
    @Problems
    Page<PersonSummary> persons(
            @Parameter(description = "faction id(s), e.g. workers-opposition") @Nullable @QueryValue
                    List<String> faction,
            @Parameter(description = "EDTF date: who can have been alive then, e.g. 1930 or 1937-03")
                    @Nullable
                    @QueryValue
                    String aliveAt,
            @Parameter(description = "text in the name, Russian name or an alias, e.g. Shlyap") @Nullable @QueryValue
                    String q,
            @Parameter(description = "page size (1..500, default 50)") @Nullable @QueryValue Integer limit,
            @Parameter(description = "persons to skip (default 0)") @Nullable @QueryValue Integer offset) {
        List<String> factions = Params.split(faction).stream().distinct().toList();
        if (!factions.isEmpty()) {
            List<String> known = repository.factionIds();
            factions.stream().filter(f -> !known.contains(f)).findFirst().ifPresent(f -> {
                throw new ApiException.BadParameter(
                        "faction", "'" + Params.abbreviate(f) + "' is not the id of a faction", known);
            });
        }
        if (q != null && q.length() > 200) {
            throw new ApiException.BadParameter(
                    "q",
                    "q is " + q.length() + " characters long; at most 200 are accepted",
                    List.of("text of 1..200 characters"));
        }
        var at = Params.date("aliveAt", aliveAt);
        var filter = new PersonRepository.Filter(
                factions,
                q == null || q.isBlank() ? null : q.strip(),
                at.flatMap(Edtf::earliest).orElse(null),
                at.flatMap(Edtf::latest).orElse(null));
        if (at.isPresent() && (filter.atEarliest() == null || filter.atLatest() == null)) {
            throw new ApiException.BadParameter(
                    "aliveAt",
                    "aliveAt must be a closed date or interval, not '" + aliveAt.strip() + "'",
                    List.of("YYYY", "YYYY-MM", "YYYY-MM-DD", "a closed EDTF interval a/b"));
        }
        return repository.list(filter, Params.offset(offset), Params.limit("limit", limit, 50, 500));
    }

    @Get("/{id}/timeline")
    @Operation(
            summary = "Everything dated about a person, in date order",
            description =
                    "Birth and death, memberships and posts, criticisms made and received, penalties and the votes on "
                            + "them, the reversals that undid them (readmissions, rehabilitations), documents authored and "
                            + "signed, accusations brought and received, statements about the person; each with its sources. "
                            + "Undated claims apart.")
    @ApiResponse(responseCode = "200", description = "the timeline")
    @Problems
    @Problems.NotFound
    Timeline timeline(@Parameter(description = "a person's id, e.g. trotsky-leon") @PathVariable String id) {
        String checked = Params.id("id", id);
        return repository.timeline(checked).orElseThrow(() -> new ApiException.NotFound("person", checked));
    }
}

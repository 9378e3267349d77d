package org.dissentgraph.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Page;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api/search")
@Tag(name = "search")
class SearchController {

    /** Labels a search can be narrowed to: every type a hit can have, and Meeting for congresses, plenums and sessions. */
    static final List<String> TYPES = List.of(
            "Person",
            "Faction",
            "Congress",
            "Plenum",
            "Session",
            "Meeting",
            "Organ",
            "Place",
            "Document",
            "Criticism",
            "Penalty",
            "Purge",
            "Rule",
            "Statement",
            "Source");

    private final SearchRepository repository;

    SearchController(SearchRepository repository) {
        this.repository = repository;
    }

    @Get
    @Operation(
            summary = "Full-text search",
            description =
                    "Names, Russian names, aliases (transliteration variants), document titles, quotes, summaries "
                            + "and descriptions; ranked. Exact matches first, then spelling variants within one or two edits; "
                            + "within each, actors (persons, factions, organs, meetings, documents, places) before events and "
                            + "claims (criticisms, penalties, purges, rules, statements), and sources last; then by score.")
    @ApiResponse(responseCode = "200", description = "one page of hits, possibly none, and how many there are")
    @Problems
    Page<SearchHit> search(
            @Parameter(description = "words to find; Lucene syntax is not interpreted", example = "Kosior")
                    @Nullable
                    @QueryValue
                    String q,
            @Parameter(
                            description =
                                    "main label(s) to narrow to, repeated or comma-separated, e.g. Person or Document,Session")
                    @Nullable
                    @QueryValue
                    List<String> type,
            @Parameter(description = "at most this many hits (1..100, default 20)") @Nullable @QueryValue Integer limit,
            @Parameter(description = "hits to skip (default 0)") @Nullable @QueryValue Integer offset) {
        String text = query(q);
        List<String> labels = Params.values("type", type, TYPES);
        int max = Params.limit("limit", limit, 20, 100);
        return repository.search(LuceneQuery.of(text), labels, Params.offset(offset), max);
    }

    private static String query(String q) {
        if (q == null || q.isBlank()) {
            throw new ApiException.BadParameter(
                    "q",
                    "q is required: the words to search for",
                    List.of("text of 1.." + LuceneQuery.MAX_LENGTH + " characters"));
        }
        if (q.length() > LuceneQuery.MAX_LENGTH) {
            throw new ApiException.BadParameter(
                    "q",
                    "q is " + q.length() + " characters long; at most " + LuceneQuery.MAX_LENGTH + " are accepted",
                    List.of("text of 1.." + LuceneQuery.MAX_LENGTH + " characters"));
        }
        return q.strip();
    }
}

package org.dissentgraph.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.ApiProblem;
import org.dissentgraph.web.Params;

@Controller("/api/search")
@Tag(name = "search")
class SearchController {

    /** Main labels a search can be narrowed to. */
    static final List<String> TYPES = List.of(
            "Person",
            "Faction",
            "Congress",
            "Plenum",
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
                            + "and descriptions; ranked. Spelling variants within one or two edits fill the page after exact matches.")
    @ApiResponse(responseCode = "200", description = "the hits, possibly none")
    @ApiResponse(
            responseCode = "400",
            description = "q missing or longer than 200 characters, unknown type, limit out of 1..100",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    SearchResult search(
            @Parameter(description = "words to find; Lucene syntax is not interpreted", example = "Kosior")
                    @Nullable
                    @QueryValue
                    String q,
            @Parameter(description = "main label to narrow to, e.g. Person or Document") @Nullable @QueryValue
                    String type,
            @Parameter(description = "at most this many hits (1..100, default 20)") @Nullable @QueryValue
                    Integer limit) {
        String text = query(q);
        String label = Params.oneOf("type", type, TYPES).orElse(null);
        int max = Params.limit("limit", limit, 20, 100);
        return new SearchResult(text, label, max, repository.search(LuceneQuery.of(text), label, max));
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

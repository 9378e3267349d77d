package org.dissentgraph.vocabulary;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.model.PenaltyKind;
import org.dissentgraph.model.RelType;
import org.dissentgraph.model.ReversalKind;
import org.dissentgraph.web.ApiProblem;

/**
 * The data model's closed vocabularies, as the page (and any client) reads them: defined once in
 * {@code model/}, served here, so no client keeps a second list by hand.
 */
@Controller("/api/vocabulary")
@Tag(name = "vocabulary")
class VocabularyController {

    @Serdeable
    record Vocabulary(
            List<String> penaltyKinds,
            List<String> reversalKinds,
            List<RelationshipType> relationshipTypes,
            List<String> importStates) {}

    @Serdeable
    record RelationshipType(String type, RelType.Group group, String words) {}

    private static final Vocabulary VOCABULARY = new Vocabulary(
            PenaltyKind.names(),
            ReversalKind.names(),
            Arrays.stream(RelType.values())
                    .map(t -> new RelationshipType(t.name(), t.group(), t.words()))
                    .toList(),
            Arrays.stream(ImportState.values()).map(Enum::name).toList());

    @Get
    @Operation(
            summary = "The closed vocabularies",
            description =
                    "Penalty kinds, reversal kinds (what undid a penalty; never a penalty), relationship types (with their group and their words) and import states.")
    @ApiResponse(responseCode = "200", description = "The vocabularies")
    @ApiResponse(
            responseCode = "400",
            description = "An unknown parameter; the body names it and what the route accepts",
            content = @Content(mediaType = ApiProblem.MEDIA_TYPE, schema = @Schema(implementation = ApiProblem.class)))
    Vocabulary vocabulary() {
        return VOCABULARY;
    }
}

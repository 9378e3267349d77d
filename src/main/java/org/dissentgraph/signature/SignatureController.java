package org.dissentgraph.signature;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dissentgraph.web.ApiException;
import org.dissentgraph.web.Params;
import org.dissentgraph.web.Problems;

@Controller("/api")
@Tag(name = "signatures")
class SignatureController {

    private final SignatureRepository repository;

    SignatureController(SignatureRepository repository) {
        this.repository = repository;
    }

    @Get("/documents/{id}/signatures")
    @Operation(
            summary = "Who signed a document",
            description =
                    "The signatures given on the document (signatures.csv), by signer's name: when, on which list,"
                            + " with which reservation, with the sources. Authors without a signature row are not listed here.")
    @ApiResponse(responseCode = "200", description = "the document and its signatures")
    @Problems
    @Problems.NotFound
    DocumentSignatures signatures(
            @Parameter(description = "a document's id, e.g. declaration-of-46") @PathVariable String id) {
        String checked = Params.id("id", id);
        return repository.ofDocument(checked).orElseThrow(() -> new ApiException.NotFound("document", checked));
    }
}

package org.dissentgraph.signature;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;

/** A signature: who signed, when, on which list, with which reservation, and the sources. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record SignatureView(
        String id,
        Ref person,
        @Nullable When when,

        @Schema(description = "which typescript or list, where known") @Nullable
        String list,

        @Schema(description = "the reservation the signer added, as the source quotes it") @Nullable
        String reservation,

        String confidence,
        String status,
        @Nullable String note,
        List<Citation> citations) {}

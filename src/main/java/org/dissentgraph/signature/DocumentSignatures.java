package org.dissentgraph.signature;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.dissentgraph.model.Ref;

/** The signatures given on one document (none is an empty list, not an absent one). */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
record DocumentSignatures(Ref document, List<SignatureView> signatures) {}

package org.dissentgraph.signature;

import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.neo4j.driver.Value;

/** Signatures; the one place their rows become records. */
@Singleton
class SignatureRepository {

    private final Reads reads;

    SignatureRepository(Reads reads) {
        this.reads = reads;
    }

    /** The document's signatures, or empty when {@code id} is not a document. */
    Optional<DocumentSignatures> ofDocument(String id) {
        return reads
                .list(
                        "queries/document-signatures",
                        Map.of("id", id),
                        r -> new DocumentSignatures(
                                Rows.ref(r.get("document")),
                                r.get("signatures").asList(SignatureRepository::signature)))
                .stream()
                .findFirst();
    }

    private static SignatureView signature(Value s) {
        return new SignatureView(
                s.get("id").asString(),
                Rows.ref(s.get("person")),
                Rows.when(s),
                Rows.text(s, "list"),
                Rows.text(s, "reservation"),
                Rows.text(s, "confidence"),
                Rows.text(s, "status"),
                Rows.text(s, "note"),
                Rows.citations(s.get("citations")));
    }
}

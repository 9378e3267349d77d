package org.dissentgraph.accusation;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.web.Page;
import org.neo4j.driver.Value;

/** Accusations; the one place their rows become records. */
@Singleton
class AccusationRepository {

    private final Reads reads;

    AccusationRepository(Reads reads) {
        this.reads = reads;
    }

    /** One page of the accusations matching the filters (null: any) and their total, in one statement. */
    Page<AccusationView> find(String accuser, String accused, String role, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("accuser", accuser);
        params.put("accused", accused);
        params.put("role", role);
        params.put("offset", offset);
        params.put("limit", limit);
        return reads.list(
                        "queries/accusation-list",
                        params,
                        r -> new Page<>(
                                r.get("total").asLong(),
                                limit,
                                offset,
                                r.get("items").asList(AccusationRepository::accusation)))
                .get(0);
    }

    /** Those of {@code ids} that are not the id of a person. */
    List<String> unknownPersons(List<String> ids) {
        List<String> known = reads.list(
                "queries/person-ids-known", Map.of("ids", ids), r -> r.get("id").asString());
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    private static AccusationView accusation(Value a) {
        return new AccusationView(
                a.get("id").asString(),
                Rows.text(a, "name"),
                Rows.ref(a.get("accuser")),
                Rows.ref(a.get("accused")),
                Rows.text(a, "role"),
                Rows.when(a),
                Rows.text(a, "dateOriginal"),
                Rows.ref(a.get("at")),
                a.get("penalties").asList(Rows::ref),
                Rows.text(a, "summary"),
                Rows.text(a, "confidence"),
                Rows.text(a, "status"),
                Rows.text(a, "note"),
                Rows.citations(a.get("citations")));
    }
}

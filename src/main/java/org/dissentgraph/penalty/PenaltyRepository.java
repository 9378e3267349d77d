package org.dissentgraph.penalty;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.Citation;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.web.Page;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Penalties and their statistics; the one place their rows become records. */
@Singleton
class PenaltyRepository {

    private final Reads reads;

    PenaltyRepository(Reads reads) {
        this.reads = reads;
    }

    /** The total and the page's penalties, read in one transaction. */
    Page<PenaltyView> find(PenaltyFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("offset", offset);
        params.put("limit", limit);
        record Matches(long total, List<String> ids) {}
        return reads.inOneTransaction(tx -> {
            Matches matches = tx.listText(
                            filter.cypher(),
                            params,
                            r -> new Matches(
                                    r.get("total").asLong(), r.get("ids").asList(Value::asString)))
                    .get(0);
            List<PenaltyView> items = matches.ids().isEmpty()
                    ? List.of()
                    : tx.list("queries/penalty-details", Map.of("ids", matches.ids()), PenaltyRepository::penalty);
            return new Page<>(matches.total(), limit, offset, items);
        });
    }

    /** Those of {@code ids} that are not the id of a person. */
    List<String> unknownPersons(List<String> ids) {
        List<String> known = reads.list(
                "queries/person-ids-known", Map.of("ids", ids), r -> r.get("id").asString());
        return ids.stream().filter(id -> !known.contains(id)).toList();
    }

    List<String> factionIds() {
        return reads.list(
                "queries/penalty-faction-ids", Map.of(), r -> r.get("id").asString());
    }

    long appliedTotal() {
        return reads.one(
                        "queries/penalty-stats-total",
                        Map.of(),
                        r -> r.get("total").asLong())
                .orElse(0L);
    }

    /** Penalties counted under more than one faction, and the countings that adds. */
    long[] factionOverlap() {
        return reads.one("queries/penalty-stats-faction-overlap", Map.of(), r -> new long[] {
                    r.get("overlapping").asLong(), r.get("extra").asLong()
                })
                .orElse(new long[] {0, 0});
    }

    /** {@code by} is one of year, kind, faction: each has its own query file. */
    List<PenaltyStats.Count> counts(String by) {
        return reads.list(
                "queries/penalty-stats-by-" + by,
                Map.of(),
                r -> new PenaltyStats.Count(
                        r.get("key").asString(),
                        r.get("name").asString(null),
                        r.get("count").asLong()));
    }

    private static PenaltyView penalty(Record r) {
        return new PenaltyView(
                r.get("id").asString(),
                r.get("name").asString(null),
                Rows.ref(r.get("person")),
                r.get("kind").asString(null),
                r.get("outcome").asString(null),
                r.get("status").asString(null),
                r.get("confidence").asString(null),
                r.get("summary").asString(null),
                Rows.when(r.get("when")),
                Rows.when(r.get("decided")),
                Rows.when(r.get("effective")),
                r.get("dateOriginal").asString(null),
                r.get("imposedBy").asList(Rows::ref),
                Rows.ref(r.get("decidedAt")),
                Rows.ref(r.get("from")),
                Rows.ref(r.get("to")),
                Rows.ref(r.get("under")),
                Rows.ref(r.get("governedBy")),
                r.get("grounds").asList(Rows::ref),
                r.get("variants").asList(Rows::ref),
                r.get("citations").asList(v -> Citation.of(v.asMap())),
                r.get("sentence").asString(null),
                r.get("term").asString(null),
                Rows.ref(r.get("place")));
    }
}

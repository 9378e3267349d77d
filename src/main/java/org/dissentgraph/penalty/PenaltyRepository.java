package org.dissentgraph.penalty;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.model.Citation;
import org.dissentgraph.model.Ref;
import org.dissentgraph.model.When;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Penalties and their statistics; the one place their rows become records. */
@Singleton
class PenaltyRepository {

    private final Reads reads;

    PenaltyRepository(Reads reads) {
        this.reads = reads;
    }

    PenaltyPage find(PenaltyFilter filter, int offset, int limit) {
        Map<String, Object> params = new HashMap<>(filter.parameters());
        params.put("offset", offset);
        params.put("limit", limit);
        record Matches(long total, List<String> ids) {}
        Matches matches = reads.listText(
                        filter.cypher(),
                        params,
                        r -> new Matches(r.get("total").asLong(), r.get("ids").asList(Value::asString)))
                .get(0);
        List<PenaltyView> items = matches.ids().isEmpty()
                ? List.of()
                : reads.list("queries/penalty-details", Map.of("ids", matches.ids()), PenaltyRepository::penalty);
        return new PenaltyPage(matches.total(), offset, limit, items);
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
                Ref.of(r.get("person")),
                r.get("kind").asString(null),
                r.get("outcome").asString(null),
                r.get("status").asString(null),
                r.get("confidence").asString(null),
                r.get("summary").asString(null),
                When.of(r.get("when")),
                When.of(r.get("decided")),
                When.of(r.get("effective")),
                r.get("dateOriginal").asString(null),
                r.get("imposedBy").asList(Ref::of),
                Ref.of(r.get("decidedAt")),
                Ref.of(r.get("from")),
                Ref.of(r.get("to")),
                Ref.of(r.get("under")),
                Ref.of(r.get("governedBy")),
                r.get("grounds").asList(Ref::of),
                r.get("variants").asList(Ref::of),
                r.get("citations").asList(v -> Citation.of(v.asMap())));
    }
}

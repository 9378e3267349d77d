package org.dissentgraph.entity;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.dissentgraph.web.Page;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Nodes by id and their relationships; the one place their rows become records. */
@Singleton
class EntityRepository {

    /** Kept out of {@code properties}: answered at the top level, or bookkeeping of the loader. */
    private static final Set<String> NODE_HIDDEN = Set.of("id", "type", "name", "dataset", "rowHash", "aliasText");

    private static final Set<String> REL_HIDDEN = Set.of("id", "dataset");

    private final Reads reads;

    EntityRepository(Reads reads) {
        this.reads = reads;
    }

    Optional<EntityView> find(String id) {
        return reads.one("queries/entity-by-id", Map.of("id", id), EntityRepository::entity);
    }

    /** Empty when no node has this id. */
    Optional<Page<Adjacent>> adjacent(String id, List<String> types, int offset, int limit) {
        return reads.one(
                "queries/entity-adjacent",
                Map.of("id", id, "types", types, "offset", offset, "limit", limit),
                r -> new Page<>(
                        r.get("total").asLong(), limit, offset, r.get("rels").asList(EntityRepository::adjacent)));
    }

    private static EntityView entity(Record r) {
        return new EntityView(
                r.get("id").asString(),
                r.get("type").asString(null),
                r.get("labels").asList(Value::asString),
                r.get("name").asString(null),
                PlainValues.properties(r.get("properties"), NODE_HIDDEN),
                Rows.when(r.get("when")),
                Rows.citations(r.get("citations")),
                r.get("variants").asList(Rows::ref));
    }

    private static Adjacent adjacent(Value rel) {
        return new Adjacent(
                rel.get("id").asString(null),
                rel.get("type").asString(),
                rel.get("direction").asString(),
                Rows.ref(rel.get("other")),
                PlainValues.properties(rel.get("properties"), REL_HIDDEN),
                Rows.when(rel.get("when")),
                Rows.citations(rel.get("citations")));
    }
}

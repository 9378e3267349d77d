package org.dissentgraph.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.ingest.BenchRows;
import org.neo4j.driver.Driver;

/**
 * The baseline of the import benchmark: the same node and relationship rows the importer builds,
 * written by hand as anyone would through the driver: {@code UNWIND $rows … MERGE}, batches of
 * {@link #BATCH} rows, each batch its own write transaction, relationships grouped by type so
 * each statement names its type. No validation, no change tracking, no audit node, no retraction.
 */
final class RawLoad {

    static final int BATCH = 5_000;

    // language=cypher
    static final String NODES = """
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
            SET n = row.properties
            SET n:$(row.labels)""";

    /** The relationship statement for one type; {@code TYPE} is replaced by a type name of the import format. */
    // language=cypher
    static final String RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a:Entity {id: row.from})
            MATCH (b:Entity {id: row.to})
            MERGE (a)-[r:TYPE {id: row.id}]->(b)
            SET r = row.properties""";

    record Counts(long nodes, long relationships, long millis) {}

    private RawLoad() {}

    static Counts load(Driver driver, BenchRows rows) {
        long started = System.nanoTime();
        long[] nodes = {0};
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        rows.nodes(node -> {
            batch.add(Map.of("id", node.id(), "labels", node.labels(), "properties", node.properties()));
            nodes[0]++;
            if (batch.size() == BATCH) {
                write(driver, NODES, batch);
            }
        });
        write(driver, NODES, batch);
        long[] rels = {0};
        Map<String, List<Map<String, Object>>> byType = new HashMap<>();
        rows.relationships(rel -> {
            List<Map<String, Object>> typed = byType.computeIfAbsent(rel.type(), t -> new ArrayList<>(BATCH));
            Map<String, Object> row = new HashMap<>();
            row.put("id", rel.properties().get("id"));
            row.put("from", rel.from());
            row.put("to", rel.to());
            row.put("properties", rel.properties());
            typed.add(row);
            rels[0]++;
            if (typed.size() == BATCH) {
                write(driver, relationshipStatement(rel.type()), typed);
            }
        });
        byType.forEach((type, typed) -> write(driver, relationshipStatement(type), typed));
        return new Counts(nodes[0], rels[0], (System.nanoTime() - started) / 1_000_000);
    }

    static String relationshipStatement(String type) {
        if (!type.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("not a relationship type of the import format: " + type);
        }
        return RELATIONSHIPS.replace("TYPE", type);
    }

    private static void write(Driver driver, String statement, List<Map<String, Object>> batch) {
        if (batch.isEmpty()) {
            return;
        }
        List<Map<String, Object>> rows = new ArrayList<>(batch);
        try (var session = driver.session()) {
            session.executeWrite(tx -> tx.run(statement, Map.of("rows", rows)).consume());
        }
        batch.clear();
    }
}

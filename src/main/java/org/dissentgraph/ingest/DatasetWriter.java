package org.dissentgraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dissentgraph.ingest.GraphRows.NodeRow;
import org.dissentgraph.ingest.GraphRows.RelRow;
import org.dissentgraph.neo4j.CypherFiles;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Values;

/**
 * Writes a validated dataset in one transaction: nodes upserted by id, rows gone from the files
 * retracted, the dataset's relationships written anew, and an {@code :Import} audit node. Either
 * all of it is committed or none of it.
 */
public final class DatasetWriter {

    private static final int BATCH = 5_000;

    private final Driver driver;

    public DatasetWriter(Driver driver) {
        this.driver = driver;
    }

    public static String checksum(List<InputFile> files) {
        try {
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (InputFile file : files.stream().sorted(Comparator.comparing(InputFile::name)).toList()) {
                all.update(file.name().getBytes(StandardCharsets.UTF_8));
                all.update((byte) 0);
                all.update(file.content());
                all.update((byte) 0);
            }
            return HexFormat.of().formatHex(all.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The checksum of the last finished import of {@code dataset}, if any. */
    public java.util.Optional<String> lastChecksum(String dataset) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> {
                var result = tx.run(CypherFiles.get("load/last-import"), Map.of("dataset", dataset));
                return result.hasNext() ? java.util.Optional.of(result.next().get("checksum").asString()) : java.util.Optional.empty();
            });
        }
    }

    public long countEntities() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.get("load/count-entities")).single().get("count").asLong());
        }
    }

    public ImportSummary write(String dataset, Dataset rows, List<InputFile> files, String who) {
        long started = System.nanoTime();
        GraphRows graph = new GraphBuilder(rows, dataset).build();
        String checksum = checksum(files);
        String importId = "import-" + UUID.randomUUID();
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                Map<String, String> before = new HashMap<>();
                tx.run(CypherFiles.get("load/existing-row-hashes"), Map.of("dataset", dataset))
                        .forEachRemaining(r -> before.put(r.get("id").asString(), r.get("rowHash").asString(null)));
                long added = 0;
                long changed = 0;
                for (NodeRow node : graph.nodes()) {
                    String old = before.get(node.id());
                    if (old == null) {
                        added++;
                    } else if (!old.equals(node.properties().get("rowHash"))) {
                        changed++;
                    }
                }
                List<String> ids = graph.nodes().stream().map(NodeRow::id).toList();
                long retracted = tx.run(CypherFiles.get("load/retract-nodes"), Map.of("dataset", dataset, "ids", ids))
                        .single().get("retracted").asLong();
                tx.run(CypherFiles.get("load/delete-dataset-relationships"), Map.of("dataset", dataset)).consume();
                batches(tx, "load/upsert-nodes", graph.nodes().stream().map(DatasetWriter::nodeParameters).toList());
                batches(tx, "load/create-relationships", graph.relationships().stream().map(DatasetWriter::relParameters).toList());
                long unchanged = graph.nodes().size() - added - changed;
                Map<String, Object> audit = new LinkedHashMap<>();
                audit.put("id", importId);
                audit.put("dataset", dataset);
                audit.put("state", "DONE");
                audit.put("checksum", checksum);
                audit.put("files", files.stream().map(f -> f.name() + " " + checksum(List.of(f))).toList());
                audit.put("by", who);
                audit.put("finishedAt", ZonedDateTime.now());
                audit.put("added", added);
                audit.put("changed", changed);
                audit.put("unchanged", unchanged);
                audit.put("retracted", retracted);
                audit.put("relationships", (long) graph.relationships().size());
                tx.run(CypherFiles.get("load/record-import"), Map.of("properties", audit)).consume();
                return new ImportSummary(importId, dataset, checksum, false, added, changed, unchanged, retracted,
                        graph.relationships().size(), rows.counts(), (System.nanoTime() - started) / 1_000_000);
            });
        }
    }

    private static void batches(TransactionContext tx, String query, List<Map<String, Object>> rows) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>(rows.subList(from, Math.min(rows.size(), from + BATCH)));
            tx.run(CypherFiles.get(query), Values.parameters("rows", batch)).consume();
        }
    }

    private static Map<String, Object> nodeParameters(NodeRow node) {
        return Map.of("id", node.id(), "labels", node.labels(), "properties", node.properties());
    }

    private static Map<String, Object> relParameters(RelRow rel) {
        return Map.of("type", rel.type(), "from", rel.from(), "to", rel.to(), "properties", rel.properties());
    }
}

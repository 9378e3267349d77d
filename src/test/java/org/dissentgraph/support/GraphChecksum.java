package org.dissentgraph.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.neo4j.driver.Driver;

/** Counts and a checksum of every node and relationship with all their properties (audit nodes aside). */
public final class GraphChecksum {

    private GraphChecksum() {}

    public record State(long nodes, long relationships, String checksum) {}

    public static State of(Driver driver) {
        return of(driver, java.util.Set.of());
    }

    /** The same, leaving out node properties that name the run rather than the data (such as importId). */
    public static State of(Driver driver, java.util.Set<String> ignoredNodeProperties) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                try {
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    long nodes = 0;
                    for (var r : tx.run(
                                    "MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS p ORDER BY n.id")
                            .list()) {
                        java.util.Map<String, Object> properties =
                                new java.util.TreeMap<>(r.get("p").asMap());
                        properties.keySet().removeAll(ignoredNodeProperties);
                        digest.update((r.get("id").asString() + r.get("labels").asList() + properties)
                                .getBytes(StandardCharsets.UTF_8));
                        nodes++;
                    }
                    long rels = 0;
                    // sorted here, whole: relationships of several datasets may share ends and id, and the
                    // database returns such ties in any order
                    java.util.List<String> lines = new java.util.ArrayList<>();
                    for (var r : tx.run(
                                    "MATCH (a:Entity)-[x]->(b) RETURN a.id + type(x) + b.id AS k, properties(x) AS p")
                            .list()) {
                        lines.add(r.get("k").asString()
                                + new java.util.TreeMap<>(r.get("p").asMap()));
                        rels++;
                    }
                    java.util.Collections.sort(lines);
                    for (String line : lines) {
                        digest.update(line.getBytes(StandardCharsets.UTF_8));
                    }
                    return new State(nodes, rels, HexFormat.of().formatHex(digest.digest()));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}

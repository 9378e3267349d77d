package org.dissentgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The static Cypher of the service, read from the {@code cypher/} folder that the build copies
 * into the jar: the same text a person pastes into Neo4j Browser.
 */
public final class CypherFiles {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {}

    /** The text of {@code cypher/<name>.cypher}, e.g. {@code load/upsert-nodes}. */
    public static String get(String name) {
        return CACHE.computeIfAbsent(name, CypherFiles::read);
    }

    private static String read(String name) {
        String path = "cypher/" + name + ".cypher";
        try (InputStream in = CypherFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Cypher file " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}

package org.dissentgraph.support;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dissentgraph.neo4j.EmbeddedNeo4jLauncher;

/**
 * A Neo4j in a process of its own ({@link EmbeddedNeo4jLauncher}), for tests that kill it, restart it
 * on the same port and data directory, or want its memory kept apart from the test JVM's.
 */
public final class Neo4jProcess implements AutoCloseable {

    private final Path home;
    private final String pageCache;
    private final String heap;
    private final Map<String, String> extraEnv;
    private int boltPort;
    private Processes.Running running;
    private URI boltUri;

    private Neo4jProcess(Path home, int boltPort, String pageCache, String heap, Map<String, String> extraEnv) {
        this.home = home;
        this.boltPort = boltPort;
        this.pageCache = pageCache;
        this.heap = heap;
        this.extraEnv = extraEnv;
    }

    /** Starts Neo4j on a free Bolt port with its store in {@code home}. */
    public static Neo4jProcess start(Path home, String pageCache, String heap) {
        return start(home, pageCache, heap, Map.of());
    }

    public static Neo4jProcess start(Path home, String pageCache, String heap, Map<String, String> extraEnv) {
        Neo4jProcess neo4j = new Neo4jProcess(home, Processes.freePort(), pageCache, heap, extraEnv);
        neo4j.launch();
        return neo4j;
    }

    private void launch() {
        Map<String, String> env = new HashMap<>(extraEnv);
        env.put("DISSENT_DATA_DIR", home.toString());
        env.put("NEO4J_BOLT_PORT", String.valueOf(boltPort));
        env.put("NEO4J_HTTP_PORT", "0");
        env.put("NEO4J_PAGE_CACHE", pageCache);
        running = Processes.start(
                Processes.java(
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "-Xmx" + heap,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedNeo4jLauncher.class.getName()),
                env);
        String line = running.await(l -> l.startsWith("BOLT "), Duration.ofSeconds(180));
        boltUri = URI.create(line.substring(5).trim());
    }

    public URI boltUri() {
        return boltUri;
    }

    public String bolt() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public long pid() {
        return running.process().pid();
    }

    /** kill -9: no shutdown, the store left as a crash leaves it. */
    public void kill() throws InterruptedException {
        running.process().destroyForcibly();
        running.process().waitFor(30, TimeUnit.SECONDS);
    }

    /** Starts it again on the same Bolt port and store (after {@link #kill()} or {@link #close()}). */
    public void restart() {
        launch();
    }

    public String output() {
        return running.output();
    }

    @Override
    public void close() {
        if (running != null) {
            running.close();
        }
    }
}

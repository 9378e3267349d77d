package org.dissentgraph.neo4j;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How the in-process Neo4j is started: where it keeps its files, where it listens, and with what
 * password. Built from Micronaut configuration by {@link EmbeddedNeo4jFactory}, or from the
 * environment by {@link EmbeddedNeo4jLauncher} when a second process needs its own server.
 */
public record EmbeddedSettings(
        Path home,
        String listenAddress,
        int boltPort,
        int httpPort,
        long pageCacheBytes,
        Optional<String> password,
        String browserAllowedHosts,
        String browserPostConnectCommand) {

    public static final int DEFAULT_BOLT_PORT = 7687;
    public static final int DEFAULT_HTTP_PORT = 7474;

    /** Reads the same variables the service documents: DISSENT_DATA_DIR, NEO4J_*_PORT, NEO4J_PASSWORD... */
    public static EmbeddedSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static EmbeddedSettings fromEnvironment(java.util.Map<String, String> env) {
        return new EmbeddedSettings(
                Path.of(env(env, "DISSENT_DATA_DIR", "data/neo4j")),
                env(env, "NEO4J_LISTEN_ADDRESS", "127.0.0.1"),
                PortSetting.parse("NEO4J_BOLT_PORT", env.get("NEO4J_BOLT_PORT"), DEFAULT_BOLT_PORT, 0),
                PortSetting.parse("NEO4J_HTTP_PORT", env.get("NEO4J_HTTP_PORT"), DEFAULT_HTTP_PORT, 0),
                ByteSize.parse(env(env, "NEO4J_PAGE_CACHE", "256m")),
                Optional.ofNullable(env.get("NEO4J_PASSWORD")).filter(p -> !p.isBlank()),
                "localhost,127.0.0.1",
                "");
    }

    private static String env(java.util.Map<String, String> env, String name, String fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

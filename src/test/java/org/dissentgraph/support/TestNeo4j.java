package org.dissentgraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Neo4jContainer;

/**
 * The one Neo4j that the integration tests of a test JVM share: the in-process server on free
 * ports by default, or with {@code -Pcontainers} a stock {@code neo4j:5.26} image through
 * Testcontainers (skipped, with the reason, where no Docker engine runs).
 */
public final class TestNeo4j {

    private static URI boltUri;
    private static URI httpUri;
    private static String password = "";

    private TestNeo4j() {}

    public static synchronized URI boltUri() {
        if (boltUri == null) {
            start();
        }
        return boltUri;
    }

    /** The HTTP address of the in-process server (Neo4j Browser lives under /browser/). */
    public static synchronized URI httpUri() {
        boltUri();
        return httpUri;
    }

    public static synchronized String password() {
        boltUri();
        return password;
    }

    public static boolean usesContainer() {
        return "container".equals(System.getProperty("dissent.test.neo4j"));
    }

    private static void start() {
        if (usesContainer()) {
            Assumptions.assumeTrue(
                    DockerClientFactory.instance().isDockerAvailable(),
                    "-Pcontainers needs a Docker engine, and none is reachable here: skipped");
            Neo4jContainer<?> container = new Neo4jContainer<>("neo4j:5.26").withAdminPassword("dissent-test");
            container.start();
            Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
            boltUri = URI.create(container.getBoltUrl());
            httpUri = URI.create(container.getHttpUrl());
            password = "dissent-test";
            return;
        }
        try {
            Path home = Files.createTempDirectory("dissent-test-neo4j");
            EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(new EmbeddedSettings(
                    home, "127.0.0.1", 0, 0, 64L << 20, Optional.empty(), "localhost,127.0.0.1", ""));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            boltUri = server.boltUri();
            httpUri = server.httpUri();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

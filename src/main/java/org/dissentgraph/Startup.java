package org.dissentgraph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.dissentgraph.neo4j.PortSetting;
import org.dissentgraph.neo4j.StartupFailure;

/** Checks made before anything starts, so a second instance fails with one clear line. */
final class Startup {

    private Startup() {}

    /**
     * The port settings are whole numbers in range ({@code MICRONAUT_SERVER_PORT=abc} or
     * {@code NEO4J_BOLT_PORT=99999} end here, in one line); the in-process Neo4j's are checked only
     * when it is the one that starts (no NEO4J_URI).
     */
    static void checkPortSettings() {
        String uri = System.getProperty("neo4j.uri", System.getenv("NEO4J_URI"));
        if (uri == null || uri.isBlank()) {
            for (String variable : new String[] {"NEO4J_BOLT_PORT", "NEO4J_HTTP_PORT"}) {
                PortSetting.parse(variable, System.getenv(variable), 0, 0);
            }
        }
    }

    static void checkHttpPortFree() {
        String property = System.getProperty("micronaut.server.port");
        int port = property != null
                ? PortSetting.parse("micronaut.server.port", property, 8080, -1)
                : PortSetting.parse("MICRONAUT_SERVER_PORT", System.getenv("MICRONAUT_SERVER_PORT"), 8080, -1);
        if (port <= 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupFailure("HTTP port " + port + " is already in use (is Dissent Graph already running?)."
                    + " Stop it, or set MICRONAUT_SERVER_PORT to another port.");
        }
    }
}

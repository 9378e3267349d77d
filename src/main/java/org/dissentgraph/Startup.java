package org.dissentgraph;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.dissentgraph.neo4j.StartupFailure;

/** Checks made before anything starts, so a second instance fails with one clear line. */
final class Startup {

    private Startup() {}

    static void checkHttpPortFree() {
        String configured = System.getProperty("micronaut.server.port", System.getenv("MICRONAUT_SERVER_PORT"));
        int port = configured == null || configured.isBlank() ? 8080 : Integer.parseInt(configured.strip());
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

package org.dissentgraph.neo4j;

import java.io.IOException;

/**
 * Runs only the in-process Neo4j, in a process of its own, configured like the service
 * (DISSENT_DATA_DIR, NEO4J_BOLT_PORT, NEO4J_HTTP_PORT, NEO4J_PASSWORD...). It prints
 * {@code BOLT <uri>} and {@code HTTP <uri>} once ready and stops when its standard input closes or
 * it is killed. Tests use it as "a Neo4j somewhere else", reached by URI like a cluster or Aura.
 */
public final class EmbeddedNeo4jLauncher {

    private EmbeddedNeo4jLauncher() {}

    public static void main(String[] args) throws IOException {
        EmbeddedNeo4jServer server;
        try {
            server = EmbeddedNeo4jServer.start(EmbeddedSettings.fromEnvironment());
        } catch (StartupFailure e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println("BOLT " + server.boltUri());
        System.out.println("HTTP " + server.httpUri());
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until stdin closes
        }
        server.close();
        System.exit(0);
    }
}

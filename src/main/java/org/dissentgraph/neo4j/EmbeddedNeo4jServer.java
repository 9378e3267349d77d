package org.dissentgraph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.server.configuration.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j's official in-process server (neo4j-harness) with Bolt and HTTP connectors, so that
 * Neo4j Browser works against it, and its store under a fixed home so data survives restarts.
 */
public final class EmbeddedNeo4jServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4jServer.class);

    private final Neo4j neo4j;

    private EmbeddedNeo4jServer(Neo4j neo4j) {
        this.neo4j = neo4j;
    }

    public static EmbeddedNeo4jServer start(EmbeddedSettings settings) {
        checkPortFree(settings.listenAddress(), settings.boltPort(), "Neo4j Bolt", "NEO4J_BOLT_PORT");
        checkPortFree(settings.listenAddress(), settings.httpPort(), "Neo4j HTTP", "NEO4J_HTTP_PORT");
        Path home = settings.home().toAbsolutePath().normalize();
        try {
            Files.createDirectories(home);
        } catch (IOException e) {
            throw new StartupFailure(
                    "Cannot create the Neo4j data directory " + home + " (DISSENT_DATA_DIR): " + e.getMessage(), e);
        }
        long started = System.nanoTime();
        Neo4j neo4j;
        try {
            neo4j = GdsProcedures.register(Neo4jBuilders.newInProcessBuilder(home.resolve("harness")))
                    // Graph Data Science (GPLv3) runs unrestricted, as its procedures need
                    .withConfig(GraphDatabaseSettings.procedure_unrestricted, java.util.List.of("gds.*"))
                    // the store lives under a fixed home, not in the harness's throw-away folder (trap 8)
                    .withConfig(GraphDatabaseSettings.neo4j_home, home)
                    .withConfig(GraphDatabaseSettings.pagecache_memory, settings.pageCacheBytes())
                    .withConfig(
                            GraphDatabaseSettings.auth_enabled,
                            settings.password().isPresent())
                    .withConfig(BoltConnector.enabled, true)
                    .withConfig(
                            BoltConnector.listen_address,
                            new SocketAddress(settings.listenAddress(), settings.boltPort()))
                    .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    // Netty 4.2 from Micronaut breaks the in-JVM local channel; TCP Bolt is unaffected (trap 2)
                    .withConfig(BoltConnectorInternalSettings.enable_local_connector, false)
                    .withConfig(HttpConnector.enabled, true)
                    .withConfig(
                            HttpConnector.listen_address,
                            new SocketAddress(settings.listenAddress(), settings.httpPort()))
                    .withConfig(HttpsConnector.enabled, false)
                    .withConfig(
                            ServerSettings.browser_remote_content_hostname_whitelist, settings.browserAllowedHosts())
                    .withConfig(ServerSettings.browser_post_connect_cmd, settings.browserPostConnectCommand())
                    .withConfig(ServerSettings.allow_telemetry, false)
                    // dissent.query-timeout is enforced by the transaction monitor; at its default of 2 s
                    // between looks a 1 s timeout let a query run 3 s
                    .withConfig(
                            GraphDatabaseSettings.transaction_monitor_check_interval, java.time.Duration.ofMillis(200))
                    // Neo4j's default compiles a query's expressions to bytecode once it is "hot" (a few
                    // dozen runs), a second planning: under eight clients on two cores these replannings
                    // came all at once, 20 s into the load, and stalled every endpoint for seconds
                    // (docs/reliability.md). Interpreted expressions cost the small reads of the API
                    // nothing measurable.
                    .withConfig(
                            GraphDatabaseInternalSettings.cypher_expression_engine,
                            GraphDatabaseInternalSettings.CypherExpressionEngine.INTERPRETED)
                    // Neo4j replans a cached query once the statistics it was planned on have moved,
                    // checking at most every 10 s by default; after a fresh load the index samples
                    // land a few seconds later, and every warmed plan went stale at once under load
                    // (docs/reliability.md). Plans made after a load stay for an hour.
                    .withConfig(GraphDatabaseSettings.cypher_min_replan_interval, java.time.Duration.ofHours(1))
                    // Bolt's Netty event loops wait for a quiet period of 5 s each before they stop,
                    // so every stop of the server took 10 s with no client connected; the server
                    // stops with the process that owns it, whose clients are gone by then
                    .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .build();
        } catch (RuntimeException e) {
            throw new StartupFailure(explain(e, home), e);
        }
        settings.password().ifPresent(password -> setPassword(neo4j, password));
        LOG.info(
                "Neo4j {} started in {} ms: Bolt {}, Browser {}browser/, data in {}",
                neo4jVersion(neo4j),
                (System.nanoTime() - started) / 1_000_000,
                neo4j.boltURI(),
                neo4j.httpURI(),
                home);
        return new EmbeddedNeo4jServer(neo4j);
    }

    public URI boltUri() {
        return neo4j.boltURI();
    }

    public URI httpUri() {
        return neo4j.httpURI();
    }

    @Override
    public void close() {
        neo4j.close();
    }

    static void checkPortFree(String host, int port, String what, String variable) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
        } catch (IOException e) {
            throw new StartupFailure(what + " port " + port + " on " + host + " is already in use"
                    + " (is Dissent Graph or another Neo4j already running?). Stop it, or set "
                    + variable + " to another port (0 picks a free one).");
        }
    }

    private static void setPassword(Neo4j neo4j, String password) {
        // The embedded API bypasses auth: set the password the driver will use, without a forced change.
        neo4j.databaseManagementService()
                .database("system")
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    private static String neo4jVersion(Neo4j neo4j) {
        return neo4j.defaultDatabaseService()
                .executeTransactionally(
                        "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
                        Map.of(),
                        result -> String.valueOf(result.next().get("v")));
    }

    private static String explain(Throwable e, Path home) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("lock") || t.getClass().getSimpleName().contains("Lock")) {
                return "The Neo4j store in " + home + " is locked by another process (is Dissent Graph already"
                        + " running on it?). Stop that process or set DISSENT_DATA_DIR to another directory.";
            }
            if (message.contains("Address already in use") || message.contains("bind")) {
                return "A Neo4j port is already in use: " + message
                        + ". Set NEO4J_BOLT_PORT / NEO4J_HTTP_PORT to free ports (0 picks one).";
            }
        }
        return "The in-process Neo4j did not start: " + e.getMessage();
    }
}

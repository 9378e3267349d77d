package org.dissentgraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.dissentgraph.neo4j.StartupFailure;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code import} with no database and no service: the in-process store at {@code DISSENT_DATA_DIR},
 * started for the import and stopped after; a store locked by another process is reported as such.
 */
final class LocalStoreImport implements ImportTransport {

    private final EmbeddedSettings base;
    private final ImportSettings settings;
    private final PrintStream out;
    private final PrintStream err;

    LocalStoreImport(EmbeddedSettings base, ImportSettings settings, PrintStream out, PrintStream err) {
        this.base = base;
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    @Override
    public int importDataset(Path dir, String dataset, boolean strict) {
        EmbeddedNeo4jServer server;
        try {
            server = EmbeddedNeo4jServer.start(new EmbeddedSettings(
                    base.home(),
                    "127.0.0.1",
                    0,
                    0,
                    base.pageCacheBytes(),
                    base.password(),
                    base.browserAllowedHosts(),
                    ""));
        } catch (StartupFailure e) {
            err.println("Cannot open the store at " + base.home() + ": " + e.getMessage()
                    + "\nIf the service is running on it, import through it instead (set DISSENT_URL and DISSENT_USER/DISSENT_PASSWORD),"
                    + " or set NEO4J_URI.");
            return 1;
        }
        try (server;
                Driver driver = GraphDatabase.driver(
                        server.boltUri(),
                        base.password().map(p -> AuthTokens.basic("neo4j", p)).orElse(AuthTokens.none()))) {
            return BoltImport.importWith(driver, dir, dataset, strict, settings, out, err);
        }
    }
}

package org.dissentgraph.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.Neo4jException;

/** {@code import} with {@code NEO4J_URI}: over Bolt to that database. */
final class BoltImport implements ImportTransport {

    private final String uri;
    private final AuthToken auth;
    private final ImportSettings settings;
    private final PrintStream out;
    private final PrintStream err;

    BoltImport(String uri, AuthToken auth, ImportSettings settings, PrintStream out, PrintStream err) {
        this.uri = uri;
        this.auth = auth;
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    @Override
    public int importDataset(Path dir, String dataset, boolean strict) {
        out.println("Importing " + dir + " as dataset '" + dataset + "' over Bolt into " + uri);
        try (Driver driver = GraphDatabase.driver(uri, auth)) {
            driver.verifyConnectivity();
            return importWith(driver, dir, dataset, strict, settings, out, err);
        } catch (Neo4jException e) {
            err.println("Cannot use the database at " + uri + ": " + e.getMessage());
            return 1;
        }
    }

    /** Schema, roll-forward of an interrupted import, then the import; over any driver. */
    static int importWith(
            Driver driver,
            Path dir,
            String dataset,
            boolean strict,
            ImportSettings settings,
            PrintStream out,
            PrintStream err) {
        Importer importer = Importer.over(driver, settings);
        importer.applySchema();
        importer.rollForward(new TerminalProgress(out));
        ImportSummary summary =
                importer.run(ImportRequest.fromCommandLine(dir, dataset, strict), new TerminalProgress(out));
        return ImportReport.print(out, err, summary);
    }
}

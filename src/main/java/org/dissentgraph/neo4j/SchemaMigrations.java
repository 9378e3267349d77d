package org.dissentgraph.neo4j;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned schema files {@code cypher/schema/V*__*.cypher} with neo4j-migrations, so
 * a new or changed index reaches a database that already exists; applied versions are recorded
 * in the database and not run twice.
 */
public final class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final String LOCATION = "cypher/schema";

    private SchemaMigrations() {}

    public static void apply(Driver driver) {
        MigrationsConfig config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:" + LOCATION)
                // lists the one folder instead of scanning the whole (large, shaded) classpath
                .withResourceScanner(SchemaMigrations::listSchemaFolder)
                .withTransactionMode(MigrationsConfig.TransactionMode.PER_MIGRATION)
                .build();
        long started = System.nanoTime();
        Migrations migrations = new Migrations(config, driver);
        Map<String, String> local = local();
        if (local.equals(applied(driver))) {
            LOG.info(
                    "Schema at version {}, already applied ({} ms)",
                    new TreeMap<>(local).lastKey(),
                    (System.nanoTime() - started) / 1_000_000);
            return;
        }
        migrations
                .apply()
                .ifPresent(version -> LOG.info(
                        "Schema at version {} ({} ms)", version.getValue(), (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * Version to checksum of the schema files ({@code V0003__Name.cypher} → {@code 0003}), the
     * checksum computed by neo4j-migrations' own {@link CypherResource}, which is what it records.
     */
    static Map<String, String> local() {
        Map<String, String> versions = new HashMap<>();
        for (URL file : listSchemaFolder(List.of())) {
            String name = file.getPath().substring(file.getPath().lastIndexOf('/') + 1);
            versions.put(
                    name.substring(1, name.indexOf("__")),
                    CypherResource.of(file).getChecksum());
        }
        return versions;
    }

    /**
     * Version to checksum of the migrations the database records, read in one statement: on a
     * restart, where every file is applied and unchanged, this replaces neo4j-migrations' own
     * round (its lock, its constraints and the chain's validation, ~2.5 s on a cold server).
     * Anything else (a new file, a changed one, a database never migrated) goes to
     * neo4j-migrations, which applies or refuses as before.
     */
    static Map<String, String> applied(Driver driver) {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> {
                Map<String, String> versions = new HashMap<>();
                tx.run("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE'"
                                + " RETURN m.version AS version, m.checksum AS checksum")
                        .forEachRemaining(r -> versions.put(
                                r.get("version").asString(), r.get("checksum").asString("")));
                return versions;
            });
        }
    }

    private static List<URL> listSchemaFolder(List<String> locations) {
        URL folder = SchemaMigrations.class.getClassLoader().getResource(LOCATION);
        if (folder == null) {
            throw new IllegalStateException(LOCATION + " is missing from the classpath");
        }
        try {
            URI uri = folder.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem zip;
                try {
                    zip = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    zip = FileSystems.getFileSystem(uri);
                }
                return cypherFiles(zip.getPath(LOCATION));
            }
            return cypherFiles(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list " + folder, e);
        }
    }

    private static List<URL> cypherFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<URL> urls = new ArrayList<>();
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".cypher"))
                    .sorted()
                    .toList()) {
                urls.add(toUrl(file));
            }
            return urls;
        }
    }

    private static URL toUrl(Path file) {
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.dissentgraph.ingest;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * {@code import [--strict] <dir> [--dataset NAME]}: loads a dataset folder ({@code --strict}: the
 * consistency rules' warnings count as errors, as for {@code validate --strict}). It never opens the store files of
 * a running service. The first of three {@link ImportTransport}s that applies:
 * <ol>
 *   <li>with {@code NEO4J_URI}: over Bolt to that database ({@link BoltImport});</li>
 *   <li>else, when the service answers at {@code DISSENT_URL} (default http://localhost:8080): through
 *       its {@code POST /api/imports} ({@link ServiceImport});</li>
 *   <li>else: the in-process store at {@code DISSENT_DATA_DIR} ({@link LocalStoreImport}).</li>
 * </ol>
 * {@code DISSENT_IMPORT_*} configure the import as they do the service's ({@link ImportSettings}).
 */
public final class ImportCommand {

    private final Map<String, String> env;
    private final PrintStream out;
    private final PrintStream err;

    public ImportCommand(Map<String, String> env, PrintStream out, PrintStream err) {
        this.env = env;
        this.out = out;
        this.err = err;
    }

    public int run(Path dir, String dataset) {
        return run(dir, dataset, false);
    }

    /** {@code strict}: warnings of the consistency rules count as errors ({@code import --strict}); with any, nothing is written. */
    public int run(Path dir, String dataset, boolean strict) {
        return run(dir, dataset, strict, false);
    }

    /**
     * {@code fresh} ({@code import --fresh}): the in-process store at {@code DISSENT_DATA_DIR} is
     * replaced by a new one holding only this dataset, written by Neo4j's offline importer; refused
     * with {@code NEO4J_URI} and while a service answers at {@code DISSENT_URL}.
     */
    public int run(Path dir, String dataset, boolean strict, boolean fresh) {
        if (!Files.isDirectory(dir)) {
            err.println(dir + ": not a folder");
            return 2;
        }
        String name = dataset != null
                ? dataset
                : dir.toAbsolutePath().normalize().getFileName().toString();
        if (!name.matches("[a-z0-9][a-z0-9-]{0,79}")) {
            err.println("'" + name + "' is not a dataset name (lower-case letters, digits, '-'); pass --dataset NAME");
            return 2;
        }
        ImportSettings settings;
        try {
            settings = ImportSettings.fromEnvironment(env);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (fresh) {
            return fresh(settings).importDataset(dir, name, strict);
        }
        return transport(settings).importDataset(dir, name, strict);
    }

    private ImportTransport fresh(ImportSettings settings) {
        String uri = env.get("NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            return (dir, dataset, strict) -> {
                err.println(
                        "import --fresh writes the in-process store (DISSENT_DATA_DIR) with Neo4j's offline importer;"
                                + " it cannot write the database at NEO4J_URI=" + uri
                                + ". Unset NEO4J_URI, or import without --fresh.");
                return 2;
            };
        }
        String url = env.getOrDefault("DISSENT_URL", "http://localhost:8080");
        if (new ServiceImport(url, credentials(), settings, out, err).answers()) {
            return (dir, dataset, strict) -> {
                err.println(
                        "A service answers at " + url + ": import --fresh replaces the store a service holds, so it"
                                + " runs only with the service stopped. Stop it, or import without --fresh (through the service).");
                return 1;
            };
        }
        return new LocalStoreImport(EmbeddedSettings.fromEnvironment(env), settings, out, err, true);
    }

    private ImportTransport transport(ImportSettings settings) {
        String uri = env.get("NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            return new BoltImport(uri, auth(), settings, out, err);
        }
        String url = env.getOrDefault("DISSENT_URL", "http://localhost:8080");
        ServiceImport service = new ServiceImport(url, credentials(), settings, out, err);
        if (service.answers()) {
            return service;
        }
        EmbeddedSettings store = EmbeddedSettings.fromEnvironment(env);
        out.println("No service answers at " + url + "; importing into the in-process store at " + store.home());
        return new LocalStoreImport(store, settings, out, err);
    }

    private AuthToken auth() {
        String password = env.get("NEO4J_PASSWORD");
        return password == null || password.isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(env.getOrDefault("NEO4J_USERNAME", "neo4j"), password);
    }

    private Optional<String> credentials() {
        String token = env.get("DISSENT_API_TOKEN");
        if (token != null && !token.isBlank()) {
            return Optional.of("Bearer " + token);
        }
        String user = env.get("DISSENT_USER");
        String password = env.get("DISSENT_PASSWORD");
        if (user != null && password != null) {
            return Optional.of("Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }
}

package org.dissentgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.neo4j.EmbeddedSettings;
import org.dissentgraph.neo4j.SchemaMigrations;
import org.dissentgraph.neo4j.StartupFailure;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * {@code import <dir> [--dataset NAME]}: loads a dataset folder. It never opens the store files of
 * a running service. In order:
 * <ol>
 *   <li>with {@code NEO4J_URI}: over Bolt to that database;</li>
 *   <li>else, when the service answers at {@code DISSENT_URL} (default http://localhost:8080): through
 *       its {@code POST /api/imports}, with {@code DISSENT_USER}/{@code DISSENT_PASSWORD} or
 *       {@code DISSENT_API_TOKEN};</li>
 *   <li>else: the in-process store at {@code DISSENT_DATA_DIR}, started for the import and stopped
 *       after; a store locked by another process is reported as such.</li>
 * </ol>
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
        String uri = env.get("NEO4J_URI");
        if (uri != null && !uri.isBlank()) {
            out.println("Importing " + dir + " as dataset '" + name + "' over Bolt into " + uri);
            try (Driver driver = GraphDatabase.driver(uri, auth())) {
                driver.verifyConnectivity();
                return overBolt(driver, dir, name);
            } catch (org.neo4j.driver.exceptions.Neo4jException e) {
                err.println("Cannot use the database at " + uri + ": " + e.getMessage());
                return 1;
            }
        }
        String service = env.getOrDefault("DISSENT_URL", "http://localhost:8080");
        Optional<Integer> viaService = overHttp(service, dir, name);
        if (viaService.isPresent()) {
            return viaService.get();
        }
        EmbeddedSettings base = EmbeddedSettings.fromEnvironment(env);
        out.println("No service answers at " + service + "; importing into the in-process store at " + base.home());
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
            return overBolt(driver, dir, name);
        }
    }

    /** DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS, as dissent.import.single-transaction-rows is for the service. */
    private long singleTransactionRows() {
        String rows = env.get("DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS");
        return rows == null || rows.isBlank() ? DatasetWriter.SINGLE_TRANSACTION_ROWS : Long.parseLong(rows.strip());
    }

    private org.neo4j.driver.AuthToken auth() {
        String password = env.get("NEO4J_PASSWORD");
        return password == null || password.isBlank()
                ? AuthTokens.none()
                : AuthTokens.basic(env.getOrDefault("NEO4J_USERNAME", "neo4j"), password);
    }

    private int overBolt(Driver driver, Path dir, String name) {
        SchemaMigrations.apply(driver);
        Importer importer = new Importer(driver, singleTransactionRows());
        importer.rollForward(new TerminalProgress(out));
        ImportSummary summary = importer.run(
                new ImportRequest(
                        Importer.newId(),
                        name,
                        DatasetFiles.fromDirectory(dir),
                        "cli",
                        dir.toAbsolutePath().normalize().toString(),
                        false),
                new TerminalProgress(out));
        summary.warnings().forEach(w -> err.println(Cli.warning(w)));
        return report(
                summary.state(),
                summary.errors().stream().map(ValidationError::toString).toList(),
                summary.added(),
                summary.changed(),
                summary.unchanged(),
                summary.retracted(),
                summary.relationships(),
                summary.importId());
    }

    private int report(
            String state,
            List<String> errors,
            long added,
            long changed,
            long unchanged,
            long retracted,
            long rels,
            String id) {
        if (!"DONE".equals(state)) {
            errors.forEach(err::println);
            err.println("Import " + id + " " + state + ": " + errors.size()
                    + " error(s); nothing was written. Fix them and run import again.");
            return 1;
        }
        out.printf(
                "Import %s DONE: %d added, %d changed, %d unchanged, %d retracted, %d relationships%n",
                id, added, changed, unchanged, retracted, rels);
        return 0;
    }

    /** Through the running service; empty when nothing answers there. */
    private Optional<Integer> overHttp(String service, Path dir, String name) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            http.send(
                    HttpRequest.newBuilder(URI.create(service + "/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (ConnectException e) {
            return Optional.empty();
        } catch (IOException | InterruptedException | IllegalArgumentException e) {
            return Optional.empty();
        }
        out.println("Importing " + dir + " as dataset '" + name + "' through the service at " + service);
        try {
            HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(service + "/api/imports?dataset=" + name))
                    .header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip(dir)));
            credentials().ifPresent(header -> post.header("Authorization", header));
            HttpResponse<String> accepted = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() == 401 || accepted.statusCode() == 403) {
                err.println("The service refused the import (HTTP " + accepted.statusCode()
                        + "): set DISSENT_USER and DISSENT_PASSWORD"
                        + " (one of the service's DISSENT_WRITE_USERS) or DISSENT_API_TOKEN.");
                return Optional.of(1);
            }
            if (accepted.statusCode() != 202) {
                err.println("The service refused the import (HTTP " + accepted.statusCode() + "): " + accepted.body());
                return Optional.of(1);
            }
            String id = field(accepted.body(), "id");
            TerminalProgress progress = new TerminalProgress(out);
            while (true) {
                Thread.sleep(500);
                String status = http.send(
                                HttpRequest.newBuilder(URI.create(service + "/api/imports/" + id))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body();
                String state = field(status, "state");
                Long percent = number(status, "percent");
                if (percent != null) {
                    progress.report(new Progress.Snapshot(
                            String.valueOf(field(status, "phase")),
                            percent,
                            100,
                            Optional.ofNullable(number(status, "rowsPerSecond")).orElse(0L),
                            Duration.ofSeconds(Optional.ofNullable(number(status, "etaSeconds"))
                                    .orElse(0L))));
                }
                if ("DONE".equals(state) || "FAILED".equals(state)) {
                    warnings(status).forEach(w -> err.println("warning: " + w));
                    return Optional.of(report(
                            state,
                            errors(status),
                            orZero(number(status, "added")),
                            orZero(number(status, "changed")),
                            orZero(number(status, "unchanged")),
                            orZero(number(status, "retracted")),
                            orZero(number(status, "relationships")),
                            id));
                }
            }
        } catch (IOException e) {
            err.println("The service at " + service + " stopped answering: " + e.getMessage());
            return Optional.of(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(1);
        }
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

    static byte[] zip(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (InputFile file : DatasetFiles.fromDirectory(dir)) {
                zip.putNextEntry(new ZipEntry(file.name()));
                try (var in = file.open()) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Map<String, Object> json(String body) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> map =
                    io.micronaut.json.JsonMapper.createDefault().readValue(body, Map.class);
            return map;
        } catch (IOException e) {
            return Map.of();
        }
    }

    private static String field(String body, String name) {
        Object value = json(body).get(name);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static Long number(String body, String name) {
        Map<String, Object> all = json(body);
        for (Object part : List.of(all, all.getOrDefault("counts", Map.of()), all.getOrDefault("progress", Map.of()))) {
            Object value = ((Map<String, Object>) part).get(name);
            if (value instanceof Number n) {
                return n.longValue();
            }
        }
        return null;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> warnings(String body) {
        return (List<String>) json(body).getOrDefault("warnings", List.of());
    }

    @SuppressWarnings("unchecked")
    private static List<String> errors(String body) {
        return (List<String>) json(body).getOrDefault("errors", List.of());
    }
}

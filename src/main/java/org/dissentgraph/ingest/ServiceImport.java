package org.dissentgraph.ingest;

import io.micronaut.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * {@code import} through a running service at {@code DISSENT_URL}: the files go up as a zip to
 * {@code POST /api/imports}, with {@code DISSENT_USER}/{@code DISSENT_PASSWORD} or
 * {@code DISSENT_API_TOKEN}; then {@code GET /api/imports/{id}} is followed until the import is
 * DONE or FAILED, for at most {@link ImportSettings#pollTimeout()}. An answer that is not an
 * import's status is an error naming the URL that gave it.
 */
final class ServiceImport implements ImportTransport {

    private static final Duration POLL_EVERY = Duration.ofMillis(500);

    private final String service;
    private final Optional<String> authorization;
    private final ImportSettings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.createDefault();

    ServiceImport(
            String service, Optional<String> authorization, ImportSettings settings, PrintStream out, PrintStream err) {
        this.service = service;
        this.authorization = authorization;
        this.settings = settings;
        this.out = out;
        this.err = err;
    }

    /** Whether anything answers at the service's {@code /health}. */
    boolean answers() {
        try {
            http.send(
                    HttpRequest.newBuilder(URI.create(service + "/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public int importDataset(Path dir, String dataset, boolean strict) {
        out.println("Importing " + dir + " as dataset '" + dataset + "' through the service at " + service);
        try {
            HttpRequest.Builder post = HttpRequest.newBuilder(
                            URI.create(service + "/api/imports?dataset=" + dataset + (strict ? "&strict=true" : "")))
                    .header("Content-Type", "application/zip")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(zip(dir)));
            authorization.ifPresent(header -> post.header("Authorization", header));
            HttpResponse<String> accepted = http.send(post.build(), HttpResponse.BodyHandlers.ofString());
            if (accepted.statusCode() == 401 || accepted.statusCode() == 403) {
                err.println("The service refused the import (HTTP " + accepted.statusCode()
                        + "): set DISSENT_USER and DISSENT_PASSWORD"
                        + " (one of the service's DISSENT_WRITE_USERS) or DISSENT_API_TOKEN.");
                return 1;
            }
            if (accepted.statusCode() != 202) {
                err.println("The service refused the import (HTTP " + accepted.statusCode() + "): " + accepted.body());
                return 1;
            }
            Object id = read(service + "/api/imports", accepted, Map.class).get("id");
            if (id == null) {
                throw new Unreadable(
                        service + "/api/imports answered 202 without an import id: " + abbreviate(accepted.body()));
            }
            return follow(id.toString());
        } catch (Unreadable e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("The service at " + service + " stopped answering: " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private int follow(String id) throws IOException, InterruptedException {
        String url = service + "/api/imports/" + id;
        TerminalProgress progress = new TerminalProgress(out);
        long deadline = System.nanoTime() + settings.pollTimeout().toNanos();
        while (true) {
            Thread.sleep(POLL_EVERY.toMillis());
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 503) {
                // the database behind the service is unreachable for now: the service says to try again shortly
                if (System.nanoTime() > deadline) {
                    throw new Unreadable(url + " answered HTTP 503 until the deadline (" + settings.pollTimeout() + ", "
                            + ImportSettings.POLL_VARIABLE + "): " + abbreviate(answer.body()));
                }
                continue;
            }
            ImportStatus status = read(url, answer, ImportStatus.class);
            if (status.state() == null) {
                throw new Unreadable(url + " answered without an import state: " + abbreviate(answer.body()));
            }
            ImportStatus.ProgressInfo p = status.progress();
            if (p != null && p.percent() != null) {
                progress.report(new Progress.Snapshot(
                        String.valueOf(p.phase()),
                        p.percent(),
                        100,
                        p.rowsPerSecond() == null ? 0 : p.rowsPerSecond(),
                        Duration.ofSeconds(p.etaSeconds() == null ? 0 : p.etaSeconds())));
            }
            if (status.state().finished()) {
                if (status.warnings() != null) {
                    status.warnings().forEach(w -> err.println("warning: " + w));
                }
                return ImportReport.print(
                        out,
                        err,
                        id,
                        status.state(),
                        status.errors() == null ? List.of() : status.errors(),
                        status.lastError(),
                        status.counts());
            }
            if (System.nanoTime() > deadline) {
                err.println("Import " + id + " is still " + status.state() + " after " + settings.pollTimeout()
                        + " (" + ImportSettings.POLL_VARIABLE
                        + "); the command stops following it, the service goes on."
                        + " Follow it at " + url);
                return 1;
            }
        }
    }

    private <T> T read(String url, HttpResponse<String> answer, Class<T> type) {
        if (answer.statusCode() != 200 && answer.statusCode() != 202) {
            throw new Unreadable(url + " answered HTTP " + answer.statusCode() + ": " + abbreviate(answer.body()));
        }
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(url + " answered something that is not JSON: " + abbreviate(answer.body()));
        }
    }

    private static String abbreviate(String body) {
        String b = String.valueOf(body).strip();
        return b.length() <= 200 ? b : b.substring(0, 197) + "...";
    }

    /** An answer of the service that is not what the API documents. */
    private static final class Unreadable extends RuntimeException {
        Unreadable(String message) {
            super(message);
        }
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
}

package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The {@code import} command against a service that misbehaves (a loopback HTTP server standing in
 * for one): it never loops forever and never reads a bad answer as an empty status.
 */
class ServiceImportTest {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/rules");

    private HttpServer server;

    private String serve(int statusCode, String contentType, String statusBody) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/health", exchange -> respond(exchange, 200, "application/json", "{\"status\":\"UP\"}"));
        server.createContext("/api/imports", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("POST")) {
                respond(exchange, 202, "application/json", "{\"id\":\"import-1\",\"state\":\"QUEUED\"}");
            } else {
                respond(exchange, statusCode, contentType, statusBody);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String type, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private record Run(int exit, String out, String err, long millis) {}

    private static Run run(String url, String pollTimeout) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        long started = System.nanoTime();
        int exit = new ImportCommand(
                        Map.of(
                                "DISSENT_URL",
                                url,
                                "DISSENT_API_TOKEN",
                                "t",
                                "DISSENT_IMPORT_POLL_TIMEOUT",
                                pollTimeout),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(FIXTURE, "poll");
        return new Run(
                exit,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Test
    void an_import_that_never_finishes_is_followed_until_the_deadline_then_the_command_stops() throws Exception {
        String url = serve(200, "application/json", "{\"id\":\"import-1\",\"state\":\"RUNNING\"}");
        Run run = run(url, "2s");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("Import import-1 is still RUNNING after PT2S")
                .contains("DISSENT_IMPORT_POLL_TIMEOUT")
                .contains(url + "/api/imports/import-1");
        assertThat(run.millis()).isBetween(2_000L, 10_000L);
    }

    @Test
    void a_status_that_is_not_json_is_an_error_naming_the_url() throws Exception {
        String url = serve(200, "text/html", "<html>a proxy's login page</html>");
        Run run = run(url, "1h");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains(url + "/api/imports/import-1 answered something that is not JSON")
                .contains("a proxy's login page");
    }

    @Test
    void a_status_that_is_an_error_is_an_error_naming_the_url_and_the_http_status() throws Exception {
        String url = serve(500, "application/problem+json", "{\"status\":500,\"title\":\"Internal Server Error\"}");
        Run run = run(url, "1h");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(url + "/api/imports/import-1 answered HTTP 500");
    }

    @Test
    void a_status_without_a_state_is_not_read_as_an_import_in_progress() throws Exception {
        String url = serve(200, "application/json", "{}");
        Run run = run(url, "1h");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains(url + "/api/imports/import-1 answered without an import state");
    }

    @Test
    void a_failed_import_ends_the_command_with_its_error() throws Exception {
        String url = serve(
                200,
                "application/json",
                "{\"id\":\"import-1\",\"state\":\"FAILED\",\"lastError\":\"the disk is full; the batches written"
                        + " before it stay: import the same files again to finish\"}");
        Run run = run(url, "1h");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("Import import-1 FAILED: the disk is full");
    }
}

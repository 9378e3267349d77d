package org.dissentgraph.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.EmbeddedNeo4jServer;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;

/**
 * Cross-origin reads are for Neo4j Browser's guide only: another origin gets no
 * Access-Control-Allow-Origin on the API (reads, preflights, writes), nor on the guide; the
 * Browser's origin gets the guide, on the port Neo4j Browser really listens on (a random one from
 * NEO4J_HTTP_PORT=0 too).
 */
@MicronautTest
class GuideCorsIT extends DatabaseTest {

    private static final String EVIL = "http://evil.example";
    /** The Browser's origin here: the service talks to a Neo4j by URI, so it is NEO4J_HTTP_PORT's default. */
    private static final String BROWSER = "http://localhost:7474";

    @Inject
    EmbeddedServer server;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void another_origin_gets_no_cors_header_on_the_api_for_reads_preflights_or_writes() throws Exception {
        for (String path : List.of(
                "/api/persons/kossior-vladimir/timeline",
                "/api/search?q=trotsky",
                "/api/export/graphml",
                "/api/imports/nothing",
                "/health",
                "/")) {
            HttpResponse<String> get = send(server.getURI(), "GET", path, EVIL, false);
            assertThat(get.statusCode()).as(path).isLessThan(500);
            assertThat(get.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(path)
                    .isEmpty();
            HttpResponse<String> preflight = send(server.getURI(), "OPTIONS", path, EVIL, true);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                    .as("preflight " + path)
                    .isEmpty();
        }
        HttpResponse<String> write = send(server.getURI(), "POST", "/api/imports", EVIL, false);
        // 401 (no credentials), or 403 from Micronaut's guard against other sites' pages driving a localhost server
        assertThat(write.statusCode())
                .as("a cross-origin write without credentials")
                .isIn(401, 403);
        assertThat(write.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        HttpResponse<String> writePreflight = send(server.getURI(), "OPTIONS", "/api/imports", BROWSER, true);
        assertThat(writePreflight.headers().firstValue("Access-Control-Allow-Origin"))
                .as("not even the Browser may write cross-origin")
                .isEmpty();
    }

    @Test
    void the_guide_answers_the_browsers_origin_and_no_other() throws Exception {
        HttpResponse<String> browser = send(server.getURI(), "GET", "/guide", BROWSER, false);
        assertThat(browser.statusCode()).isEqualTo(200);
        assertThat(browser.body()).startsWith("<article class=\"guide\">");
        assertThat(browser.headers().firstValue("Access-Control-Allow-Origin")).hasValue(BROWSER);
        assertThat(send(server.getURI(), "GET", "/guide", "http://127.0.0.1:7474", false)
                        .headers()
                        .firstValue("Access-Control-Allow-Origin"))
                .hasValue("http://127.0.0.1:7474");
        HttpResponse<String> preflight = send(server.getURI(), "OPTIONS", "/guide", BROWSER, true);
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin"))
                .hasValue(BROWSER);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods"))
                .hasValue("GET");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Credentials"))
                .isEmpty();

        for (String other : List.of(EVIL, "http://localhost:7475", "https://localhost:7474", "null")) {
            HttpResponse<String> evil = send(server.getURI(), "GET", "/guide", other, false);
            assertThat(evil.headers().firstValue("Access-Control-Allow-Origin"))
                    .as(other)
                    .isEmpty();
            assertThat(send(server.getURI(), "OPTIONS", "/guide", other, true)
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .as("preflight from " + other)
                    .isEmpty();
        }
    }

    @Test
    void with_the_in_process_neo4j_on_a_random_port_the_guide_follows_the_browsers_real_port() throws Exception {
        Path data = Files.createTempDirectory("dissent-guide-cors");
        try (ApplicationContext service = ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of(
                                "dissent.data-dir", data.resolve("neo4j").toString(),
                                "dissent.staging-dir", data.resolve("imports").toString(),
                                "dissent.embedded.bolt-port", "0",
                                "dissent.embedded.http-port", "0",
                                "dissent.embedded.page-cache", "16m",
                                "dissent.load", "never",
                                "micronaut.server.port", "-1"))
                .getApplicationContext()) {
            URI base = service.getBean(EmbeddedServer.class).getURI();
            int browserPort =
                    service.getBean(EmbeddedNeo4jServer.class).httpUri().getPort();
            assertThat(browserPort).isNotEqualTo(7474);
            String origin = "http://localhost:" + browserPort;
            assertThat(send(base, "GET", "/guide", origin, false).headers().firstValue("Access-Control-Allow-Origin"))
                    .hasValue(origin);
            assertThat(send(base, "GET", "/guide", BROWSER, false).headers().firstValue("Access-Control-Allow-Origin"))
                    .as("the default port is not the Browser's here")
                    .isEmpty();
            assertThat(send(base, "GET", "/api/search?q=x", origin, false)
                            .headers()
                            .firstValue("Access-Control-Allow-Origin"))
                    .as("the Browser reads the guide, not the API")
                    .isEmpty();
        }
    }

    private HttpResponse<String> send(URI base, String method, String path, String origin, boolean preflight)
            throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("Origin", origin);
        if (preflight) {
            request.header("Access-Control-Request-Method", method.equals("OPTIONS") ? "GET" : method);
            if (path.startsWith("/api/imports")) {
                request.setHeader("Access-Control-Request-Method", "POST");
                request.header("Access-Control-Request-Headers", "authorization,content-type");
            }
            request.method("OPTIONS", HttpRequest.BodyPublishers.noBody());
        } else if (method.equals("POST")) {
            request.header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofString("PK"));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

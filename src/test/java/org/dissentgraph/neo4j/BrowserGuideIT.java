package org.dissentgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.support.Chromium;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Neo4j Browser, served by an in-process server configured as the service configures it, opens
 * the service's guide by itself once connected: tested in Debian's headless Chromium.
 */
@MicronautTest
class BrowserGuideIT extends DatabaseTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String FIRST_SLIDE = "who criticized whom, and with what consequence";

    /**
     * The Browser's HTTP port, chosen before the service starts: the service lets only the Browser's own
     * origin read the guide cross-origin (GuideCors), and it learns that port from its configuration.
     */
    private static final int BROWSER_PORT = freePort();

    @Inject
    EmbeddedServer service;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("dissent.embedded.http-port", String.valueOf(BROWSER_PORT));
        return properties;
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @TempDir
    Path home;

    @Test
    void browser_plays_the_guide_on_connect_without_an_unknown_command() throws IOException {
        String command = EmbeddedNeo4jFactory.postConnectCommand(service.getPort());
        assertThat(command).startsWith("guide ").doesNotStartWith(":");
        EmbeddedSettings settings = new EmbeddedSettings(
                home.resolve("neo4j"),
                "127.0.0.1",
                0,
                BROWSER_PORT,
                16L << 20,
                Optional.empty(),
                "localhost,127.0.0.1",
                command);
        try (EmbeddedNeo4jServer neo4j = EmbeddedNeo4jServer.start(settings);
                Chromium chromium = Chromium.start("The Browser guide test", 1400, 1000, WAIT)) {
            ChromeDriver browser = chromium.driver();
            String http = "http://localhost:" + neo4j.httpUri().getPort();
            browser.get(http + "/browser/?dbms=" + neo4j.boltUri() + "&preselectAuthMethod=NO_AUTH");
            new WebDriverWait(browser, WAIT)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(FIRST_SLIDE)
                            || d.findElement(By.tagName("body")).getText().contains("UnknownCommandError"));
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).contains(FIRST_SLIDE).doesNotContain("UnknownCommandError");
        }
    }
}

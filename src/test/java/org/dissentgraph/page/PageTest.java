package org.dissentgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.time.Duration;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.Chromium;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A page of the service in a real headless Chromium ({@link Chromium}), over the bundled dataset:
 * one browser per test class, and no error in its console after any test.
 */
abstract class PageTest extends DatabaseTest {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    private final String what;
    private final int width;
    private final int height;
    private Chromium chromium;

    /** The browser window this class drives. */
    ChromeDriver driver;

    PageTest(String what, int width, int height) {
        this.what = what;
        this.width = width;
        this.height = height;
    }

    @BeforeAll
    void startChromium() {
        chromium = Chromium.start(what, width, height, WAIT);
        driver = chromium.driver();
    }

    @AfterAll
    void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @AfterEach
    void theBrowserLoggedNoError() {
        assertThat(chromium.consoleErrors()).as("errors in the browser console").isEmpty();
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    Api api() {
        return new Api(http, json);
    }
}

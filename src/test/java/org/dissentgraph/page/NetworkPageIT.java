package org.dissentgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dissentgraph.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The network page at {@code /} in a real headless Chromium (Debian's chromium and
 * chromium-driver, never one Selenium Manager would download), served by the service under test
 * over the bundled dataset.
 *
 * <p>{@code -Dscreenshot=true} also rewrites {@code src/main/resources/public/screenshot.png}.
 */
@MicronautTest
class NetworkPageIT extends PageTest {

    private static final String KOSSIOR_QUOTE = "authoritarian and to a certain degree militaristic";

    NetworkPageIT() {
        super("The network page test", 1600, 1100);
    }

    @BeforeEach
    void openThePage() {
        driver.get(server.getURL() + "/");
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js("return window.dgReady === true")));
    }

    @Test
    void the_page_draws_every_node_and_link_of_the_network_from_1918_to_1938() {
        Api.Answer network = api().get("/api/graph/network?from=1918&to=1938");

        assertThat(network.status()).isEqualTo(200);
        assertThat(drawn("nodes", network.list("nodes").size()))
                .isEqualTo(network.list("nodes").size())
                .isPositive();
        assertThat(drawn("edges", network.list("edges").size()))
                .isEqualTo(network.list("edges").size());
        assertThat(driver.findElement(By.id("years-readout")).getText()).isEqualTo("1918 – 1938");
        assertThat(driver.getTitle()).contains("Dissent Graph");
        // filters and legend are built from the data
        assertThat(driver.findElements(By.cssSelector("#node-type-filters input[type=checkbox][value=Person]")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#edge-type-filters input[type=checkbox][value=CRITICIZED]")))
                .hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#faction-filters input[value='workers-opposition']")))
                .hasSize(1);
        assertThat(driver.findElement(By.id("legend")).getText()).contains("Workers' Opposition", "criticized");
    }

    @Test
    void a_reload_shows_the_same_layout_without_laying_the_network_out_again() {
        String positions = "return JSON.stringify(window.dgCy.nodes().map(n => [n.id(), n.position()]))";
        Object before = js(positions);

        driver.navigate().refresh();
        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js("return window.dgReady === true")));

        assertThat(js("return window.dgLayout")).isEqualTo("remembered");
        assertThat(js(positions)).isEqualTo(before);
        // "Arrange" still lays it out anew (fCoSE starts from random positions)
        driver.findElement(By.id("arrange")).click();
        new WebDriverWait(driver, WAIT).until(d -> !js(positions).equals(before));
    }

    @Test
    void moving_the_time_slider_to_1936_1938_draws_fewer_nodes_the_ones_the_api_gives_for_that_window() {
        long all = number("return window.dgCy.nodes(':visible').length");
        WebElement from = driver.findElement(By.id("from-year"));

        // the keyboard moves the handle, as a person would: 18 presses of the right arrow in one go
        from.sendKeys(Keys.ARROW_RIGHT.toString().repeat(1936 - 1918));

        assertThat(driver.findElement(By.id("years-readout")).getText()).isEqualTo("1936 – 1938");
        int expected =
                api().get("/api/graph/network?from=1936&to=1938").list("nodes").size();
        long late = drawn("nodes", expected);
        assertThat(late).isEqualTo(expected).isPositive().isLessThan(all);
        // Kossior's criticism of 1922 is not drawn; his execution in 1938 is
        assertThat(
                        js(
                                "return window.dgCy.edges(':visible').some(e => e.data('criticismId') === 'kossior-1922-congress-11')"))
                .isEqualTo(false);
        assertThat(js("return window.dgCy.getElementById('kossior-execution-1938').visible()"))
                .isEqualTo(true);
    }

    @Test
    void clicking_kossior_shows_his_eleventh_congress_quote_and_what_followed() {
        clickKossior();

        WebElement panel = driver.findElement(By.id("panel"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElement(panel, KOSSIOR_QUOTE));
        String text = panel.getText();
        assertThat(text)
                .contains(
                        "Vladimir Kossior",
                        "Criticisms and their consequences".toUpperCase(),
                        "11th Congress",
                        "No recorded consequence",
                        "nothing followed: a source says so",
                        "Vladimir Kossior's own penalties",
                        "Fate of Vladimir Kossior".toUpperCase(),
                        "Executed",
                        "Every later penalty");
        // the fate runs past the 24-month window to his execution in 1938, and no lag is negative
        assertThat(text).contains("Execution").doesNotContainPattern("-\\d+ months");
        assertThat(panel.findElements(By.cssSelector("a[href^='https://www.globalsecurity.org/']")))
                .isNotEmpty();
        assertThat(js("return window.dgCy.getElementById('kossior-vladimir').selected()"))
                .isEqualTo(true);
    }

    @Test
    void clicking_a_criticism_link_shows_the_criticism_from_its_entity() {
        js("const e = window.dgCy.edges().filter(e => e.data('criticismId') === 'kossior-1922-congress-11').first();"
                + " e.select(); e.emit('tap');");

        WebElement panel = driver.findElement(By.id("panel"));
        new WebDriverWait(driver, WAIT).until(ExpectedConditions.textToBePresentInElement(panel, KOSSIOR_QUOTE));
        assertThat(panel.getText())
                .contains(
                        "Vladimir Kossior → Russian Communist Party (Bolsheviks)",
                        "What followed, critic by critic".toUpperCase(),
                        "Vladimir Kossior's own penalties");
    }

    @Test
    void searching_for_an_actor_focuses_them() {
        WebElement search = driver.findElement(By.id("search"));
        search.sendKeys("Shlyapnikov");
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#search-results [role=option][data-id='shlyapnikov-alexander']")));
        search.sendKeys(Keys.ENTER);

        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.textToBe(By.id("panel-title"), "Alexander Shlyapnikov"));
        assertThat(js("return window.dgCy.getElementById('shlyapnikov-alexander').selected()"))
                .isEqualTo(true);
    }

    @Test
    void colour_size_and_layout_controls_redraw_without_errors() {
        String before = (String) js("return window.dgCy.getElementById('trotsky-leon').style('background-color')");
        driver.findElement(By.cssSelector("input[name=colour][value=type]")).click();
        String after = (String) js("return window.dgCy.getElementById('trotsky-leon').style('background-color')");
        assertThat(after).isNotEqualTo(before);
        assertThat(driver.findElement(By.id("legend")).getText()).contains("Colour: kind of node".toUpperCase());

        selectOption("size-by", "pagerank");
        new WebDriverWait(driver, WAIT)
                .until(d -> number("return window.dgCy.getElementById('rcp-b').data('size')")
                        > number("return window.dgCy.getElementById('kossior-vladimir').data('size')"));

        for (String layout : List.of("timeline", "concentric", "force")) {
            selectOption("layout", layout);
            new WebDriverWait(driver, WAIT)
                    .until(
                            d -> Boolean.TRUE.equals(
                                    js(
                                            "return window.dgCy.nodes().every(n => Number.isFinite(n.position('x')) && Number.isFinite(n.position('y')))")));
        }
        // the timeline places later penalties further right
        selectOption("layout", "timeline");
        new WebDriverWait(driver, WAIT)
                .until(d -> Boolean.TRUE.equals(
                        js("return window.dgCy.getElementById('kossior-execution-1938').position('x')"
                                + " > window.dgCy.getElementById('kossior-assignment-abroad-1925').position('x')")));
    }

    @Test
    void the_svg_export_is_a_well_formed_svg_of_what_is_shown_and_the_png_export_an_image() throws Exception {
        driver.findElement(By.cssSelector(".eras .chip[data-from='1936']")).click();
        long shown = drawn(
                "nodes",
                api().get("/api/graph/network?from=1936&to=1938").list("nodes").size());

        String svg = (String) js("return window.dgSvg()");

        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        Document document =
                factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getAttribute("viewBox")).matches("-?[\\d.]+ -?[\\d.]+ [\\d.]+ [\\d.]+");
        NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        Element nodes = IntStream.range(0, groups.getLength())
                .mapToObj(i -> (Element) groups.item(i))
                .filter(g -> g.getAttribute("class").equals("nodes"))
                .findFirst()
                .orElseThrow();
        assertThat(nodes.getChildNodes().getLength()).isEqualTo((int) shown);
        assertThat(svg).contains("Vladimir Kossior", "1936–1938");

        String png = (String) js("return window.dgCy.png({ full: true, bg: '#fbfaf7' })");
        assertThat(png).startsWith("data:image/png;base64,");
    }

    @Test
    @EnabledIfSystemProperty(named = "screenshot", matches = "true")
    void writes_the_readme_screenshot() throws IOException {
        clickKossior();
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.textToBePresentInElement(driver.findElement(By.id("panel")), KOSSIOR_QUOTE));
        // the whole network beside Kossior's details: no neighbourhood fade, everything in view
        new WebDriverWait(driver, WAIT).until(d -> Boolean.FALSE.equals(js("return window.dgCy.animated()")));
        js(
                "window.dgCy.elements().removeClass('faded neighbour'); window.dgCy.fit(window.dgCy.elements(':visible'), 24);");
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path target = Path.of("src/main/resources/public/screenshot.png");
        Files.write(target, png);
        assertThat(png.length).isGreaterThan(10_000);
    }

    // --- helpers -----------------------------------------------------------------------------

    /**
     * A real click on Kossior. The layout may put another node over him (after the session-25 rows it
     * put the Workers' Group there), so he is first moved clear of every other node, then centred:
     * the click lands on him and nothing else, whatever the layout did.
     */
    private void clickKossior() {
        js("const cy = window.dgCy; const n = cy.getElementById('kossior-vladimir');"
                + " const bb = cy.elements(':visible').not(n).not(n.connectedEdges()).boundingBox();"
                + " n.position({x: bb.x2 + 400, y: (bb.y1 + bb.y2) / 2}); cy.zoom(1.6); cy.center(n);");
        WebElement canvas = driver.findElement(By.id("cy"));
        Map<?, ?> at = (Map<?, ?>) js("return window.dgCy.getElementById('kossior-vladimir').renderedPosition()");
        int dx = (int) Math.round(
                ((Number) at.get("x")).doubleValue() - canvas.getSize().getWidth() / 2.0);
        int dy = (int) Math.round(
                ((Number) at.get("y")).doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, dx, dy).click().perform();
    }

    /**
     * How many nodes or edges Chromium draws, once that is {@code expected} or 30 s have passed:
     * Cytoscape updates what {@code :visible} selects a moment after the page changes what is shown.
     */
    private long drawn(String what, long expected) {
        String script = "return window.dgCy." + what + "(':visible').length";
        try {
            new WebDriverWait(driver, WAIT).until(d -> number(script) == expected);
        } catch (TimeoutException e) {
            // the assertion that follows says what was drawn instead
        }
        return number(script);
    }

    private void selectOption(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
    }

    private long number(String script) {
        return ((Number) js(script)).longValue();
    }
}

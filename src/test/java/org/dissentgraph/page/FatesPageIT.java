package org.dissentgraph.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Api;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Fates view at {@code /fates.html} in a real headless Chromium, over the bundled dataset: what
 * it draws and lists is what {@code GET /api/cohorts/{id}/fates} answers.
 *
 * <p>{@code -Dscreenshot=true} also rewrites {@code src/main/resources/public/fates-screenshot.png}
 * (the README's picture).
 */
@MicronautTest
class FatesPageIT extends PageTest {

    private static final String THE_46 = "signed:declaration-of-46";
    private static final String CC_1923 = "organ:central-committee@1923-04-25";
    private static final String DEFAULT_EVENTS = "events=EXPULSION,ARREST,EXECUTION&until=1941-06-22";

    FatesPageIT() {
        super("The Fates page test", 1500, 1300);
    }

    @BeforeEach
    void openThePage() {
        driver.get(server.getURL() + "/fates.html");
        waitUntilReady();
    }

    @Test
    void the_page_opens_on_the_declaration_of_the_46_with_one_curve_per_event_and_a_row_per_member() {
        Api.Answer fates = api().get("/api/cohorts/" + THE_46 + "/fates?" + DEFAULT_EVENTS);
        int members = ((Number) fates.map("counts").get("members")).intValue();

        assertThat(new Select(driver.findElement(By.id("cohort")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo(THE_46);
        assertThat(driver.findElement(By.id("composed-fields")).isDisplayed()).isFalse();
        assertThat(driver.findElements(By.cssSelector("#charts .chart-card")))
                .extracting(e -> e.getAttribute("data-kind"))
                .containsExactly("EXPULSION", "ARREST", "EXECUTION");
        // ECharts draws each chart as SVG, from the WebJar the service serves
        assertThat(driver.findElements(By.cssSelector("#charts .chart svg"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#members tbody tr"))).hasSize(members);
        assertThat(driver.findElement(By.id("summary")).getText()).contains(members + " members");
        assertThat(driver.findElement(By.id("method")).getText())
                .isEqualTo(fates.body().get("method"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_drawn_kaplan_meier_steps_are_the_api_s_steps() {
        Api.Answer fates = api().get("/api/cohorts/" + THE_46 + "/fates?" + DEFAULT_EVENTS);
        Map<String, Object> execution = fates.list("kinds").stream()
                .filter(k -> "EXECUTION".equals(k.get("kind")))
                .findFirst()
                .orElseThrow();
        List<Map<String, Object>> steps = (List<Map<String, Object>>)
                ((Map<String, Object>) ((Map<String, Object>) execution.get("earliest")).get("kaplanMeier"))
                        .get("steps");

        List<List<Number>> drawn = (List<List<Number>>) js("const chart = window.dgCharts[2];"
                + " return chart.getOption().series.find(s => s.name === 'cohort: Kaplan–Meier').data;");

        assertThat(steps).isNotEmpty();
        assertThat(drawn).hasSize(steps.size() + 1); // the curve starts at (0, 1)
        assertThat(drawn.get(0).get(1).doubleValue()).isEqualTo(1.0);
        for (int i = 0; i < steps.size(); i++) {
            assertThat(drawn.get(i + 1).get(0).doubleValue())
                    .isCloseTo(((Number) steps.get(i).get("time")).doubleValue(), within(1e-9));
            assertThat(drawn.get(i + 1).get(1).doubleValue())
                    .isCloseTo(((Number) steps.get(i).get("survival")).doubleValue(), within(1e-9));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void comparing_with_the_central_committee_of_1923_shows_the_api_s_log_rank_test() {
        new Select(driver.findElement(By.id("compare"))).selectByValue(CC_1923);
        driver.findElement(By.id("show")).click();
        waitUntilReady();

        Api.Answer fates = api().get("/api/cohorts/" + THE_46 + "/fates?" + DEFAULT_EVENTS + "&compare=" + CC_1923);
        Map<String, Object> comparison = fates.map("comparison");
        Map<String, Object> test = ((List<Map<String, Object>>) comparison.get("logRank"))
                .stream()
                        .filter(t -> "EXPULSION".equals(t.get("kind")) && "earliest".equals(t.get("end")))
                        .findFirst()
                        .map(t -> (Map<String, Object>) t.get("test"))
                        .orElseThrow();
        String statistic = String.format("χ² = %.2f", ((Number) test.get("statistic")).doubleValue());

        WebElement expulsion = driver.findElement(By.cssSelector("#charts .chart-card[data-kind=EXPULSION]"));
        assertThat(expulsion.findElement(By.className("logrank")).getText()).contains(statistic);
        int compared = ((List<?>) comparison.get("members")).size();
        assertThat(driver.findElements(By.cssSelector("#members tbody tr.compare")))
                .hasSize(compared);
        assertThat(compared).isPositive();
    }

    @Test
    void a_composed_cohort_of_signatories_is_the_named_cohort() {
        driver.findElement(By.cssSelector("input[name=mode][value=composed]")).click();
        assertThat(driver.findElement(By.id("named-fields")).isDisplayed()).isFalse();
        new Select(driver.findElement(By.id("signed"))).selectByValue("declaration-of-46");
        driver.findElement(By.id("show")).click();
        waitUntilReady();

        Api.Answer named = api().get("/api/cohorts/" + THE_46 + "/fates?" + DEFAULT_EVENTS);
        List<String> expected = named.list("members").stream()
                .map(m -> (String) ((Map<?, ?>) m.get("person")).get("id"))
                .toList();
        assertThat(driver.findElements(By.cssSelector("#members tbody tr")))
                .extracting(e -> e.getAttribute("data-person"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void a_member_s_name_opens_the_member_in_the_network() {
        WebElement first = driver.findElement(By.cssSelector("#members tbody tr th a"));
        String name = first.getText();
        first.click();

        new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(js("return window.dgReady === true")));
        new WebDriverWait(driver, WAIT)
                .until(ExpectedConditions.textToBePresentInElement(driver.findElement(By.id("panel")), name));
        assertThat(driver.getCurrentUrl()).contains("index.html#focus=");
    }

    @Test
    @EnabledIfSystemProperty(named = "screenshot", matches = "true")
    void writes_the_readme_screenshot() throws IOException {
        new Select(driver.findElement(By.id("compare"))).selectByValue(CC_1923);
        driver.findElement(By.id("show")).click();
        waitUntilReady();
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(Path.of("src/main/resources/public/fates-screenshot.png"), png);
        assertThat(png.length).isGreaterThan(10_000);
    }

    private void waitUntilReady() {
        new WebDriverWait(driver, WAIT)
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }
}

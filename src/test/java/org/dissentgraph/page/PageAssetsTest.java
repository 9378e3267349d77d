package org.dissentgraph.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The network page's files, without a browser: everything it loads is served by the service itself. */
class PageAssetsTest {

    @Test
    void the_page_loads_cytoscape_from_the_webjar_on_the_classpath_not_from_a_cdn() throws IOException {
        loadsFromItsWebJar("public/index.html", "cytoscape", "cytoscape.min.js");
    }

    @Test
    void the_force_directed_layout_and_the_libraries_it_builds_on_come_from_their_webjars() throws IOException {
        String page = resource("public/index.html");
        for (String script : List.of(
                "webjars/layout-base/2.0.1/layout-base.js",
                "webjars/cose-base/2.2.0/cose-base.js",
                "webjars/cytoscape-fcose/2.2.0/cytoscape-fcose.js")) {
            assertThat(page).contains("src=\"" + script + "\"");
            assertThat(getClass().getClassLoader().getResource("META-INF/resources/" + script))
                    .as(script + " is in its WebJar (pom.xml pins the version the page names)")
                    .isNotNull();
        }
        // in the order each needs the one before it, and before the page's module runs
        assertThat(page.indexOf("layout-base.js")).isLessThan(page.indexOf("cose-base.js"));
        assertThat(page.indexOf("cose-base.js")).isLessThan(page.indexOf("cytoscape-fcose.js"));
        assertThat(page.indexOf("cytoscape-fcose.js")).isLessThan(page.indexOf("js/network.js"));
    }

    @Test
    void the_fates_view_loads_echarts_from_the_webjar_on_the_classpath_not_from_a_cdn() throws IOException {
        loadsFromItsWebJar("public/fates.html", "echarts", "echarts.min.js");
        assertThat(resource("public/fates.html")).contains("src=\"js/fates.js\"", "href=\"css/fates.css\"");
        assertThat(getClass().getClassLoader().getResource("public/css/fates.css"))
                .isNotNull();
        assertThat(resource("public/js/fates.js")).doesNotContain("innerHTML");
    }

    private void loadsFromItsWebJar(String pageName, String webJar, String script) throws IOException {
        String page = resource(pageName);
        Matcher version = Pattern.compile("src=\"webjars/" + webJar + "/([0-9.]+)/dist/" + Pattern.quote(script) + "\"")
                .matcher(page);
        assertThat(version.find())
                .as(pageName + " loads " + script + " from /webjars/")
                .isTrue();
        assertThat(getClass()
                        .getClassLoader()
                        .getResource(
                                "META-INF/resources/webjars/" + webJar + "/" + version.group(1) + "/dist/" + script))
                .as("the WebJar of the version " + pageName + " names (pom.xml: " + webJar + ".version)")
                .isNotNull();
        assertThat(page).doesNotContainPattern("(src|href)=\"(https?:)?//");
    }

    @Test
    void every_module_the_page_imports_is_there() throws IOException {
        assertThat(resource("public/index.html")).contains("src=\"js/network.js\"", "href=\"css/network.css\"");
        assertThat(getClass().getClassLoader().getResource("public/css/network.css"))
                .isNotNull();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> modules = new ArrayDeque<>(List.of("network.js"));
        while (!modules.isEmpty()) {
            String module = modules.pop();
            if (seen.add(module)) {
                Matcher imports = Pattern.compile("from '\\./([a-z-]+\\.js)'").matcher(resource("public/js/" + module));
                while (imports.find()) {
                    modules.push(imports.group(1));
                }
            }
        }
        assertThat(seen).contains("network.js", "panel.js", "dom.js", "svg-export.js", "styles.js", "layouts.js");
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

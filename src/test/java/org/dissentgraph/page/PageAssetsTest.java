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
        String page = resource("public/index.html");

        Matcher cytoscape = Pattern.compile("src=\"webjars/cytoscape/([0-9.]+)/dist/cytoscape\\.min\\.js\"")
                .matcher(page);
        assertThat(cytoscape.find())
                .as("index.html loads cytoscape.min.js from /webjars/")
                .isTrue();
        assertThat(getClass()
                        .getClassLoader()
                        .getResource("META-INF/resources/webjars/cytoscape/" + cytoscape.group(1)
                                + "/dist/cytoscape.min.js"))
                .as("the WebJar of the version index.html names (pom.xml: cytoscape.version)")
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
        assertThat(seen).contains("network.js", "panel.js", "svg-export.js", "styles.js", "layouts.js");
    }

    private String resource(String name) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

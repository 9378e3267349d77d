package org.dissentgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.support.Strict;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Cytoscape JSON export read for real by networkx's {@code cytoscape_graph}, with Debian's
 * {@code python3-networkx} under {@code /usr/bin/python3} (.ci/run installs it; without it the
 * test skips, or fails under DISSENT_CI_STRICT=true).
 */
@MicronautTest
class NetworkxCytoscapeIT extends DatabaseTest {

    private static final Path PYTHON = Path.of("/usr/bin/python3");

    private static final String SCRIPT = """
            import json, sys
            from networkx.readwrite.json_graph import cytoscape_graph
            g = cytoscape_graph(json.load(open(sys.argv[1], encoding='utf-8')))
            print(g.number_of_nodes(), g.number_of_edges(), g.is_directed(), g.is_multigraph())
            """;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @TempDir
    Path dir;

    private static boolean networkx() {
        try {
            Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import networkx")
                    .redirectErrorStream(true)
                    .start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/export/cytoscape", "/api/export/cytoscape?ego=kossior-vladimir&depth=2"})
    @SuppressWarnings("unchecked")
    void networkx_loads_the_export_with_every_node_and_every_parallel_edge(String uri) throws Exception {
        Strict.require(networkx(), "networkx is not installed for /usr/bin/python3 (apt-get install python3-networkx)");
        byte[] body = http.toBlocking().retrieve(HttpRequest.GET(uri), byte[].class);
        Map<String, Object> doc = json.readValue(body, Argument.mapOf(String.class, Object.class));
        Map<String, Object> elements = (Map<String, Object>) doc.get("elements");
        int nodes = ((List<?>) elements.get("nodes")).size();
        int edges = ((List<?>) elements.get("edges")).size();
        assertThat(nodes).isPositive();
        assertThat(edges).isPositive();

        Path file = Files.write(dir.resolve("graph.cyjs"), body);
        Path script = Files.writeString(dir.resolve("read.py"), SCRIPT);
        Process p = new ProcessBuilder(PYTHON.toString(), script.toString(), file.toString())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).isEqualTo(nodes + " " + edges + " True True");
    }
}

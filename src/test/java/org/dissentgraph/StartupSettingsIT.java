package org.dissentgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dissentgraph.support.Processes;
import org.dissentgraph.support.Strict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad setting stops the packaged jar (started as the README says, {@code java -jar}, no JVM
 * flags) with an exit code other than 0 and one line naming the setting and its value: no stack
 * trace, no exception name. The settings are tried side by side, one process each.
 */
class StartupSettingsIT {

    private static final Path JAR = Path.of("target/dissent-graph.jar");

    record Bad(String variable, String value, String expected) {}

    private static final List<Bad> BAD = List.of(
            new Bad("MICRONAUT_SERVER_PORT", "abc", "MICRONAUT_SERVER_PORT=abc is not a port"),
            new Bad("MICRONAUT_SERVER_PORT", "70000", "MICRONAUT_SERVER_PORT=70000 is not a port"),
            new Bad("NEO4J_BOLT_PORT", "99999", "NEO4J_BOLT_PORT=99999 is not a port"),
            new Bad("NEO4J_BOLT_PORT", "-3", "NEO4J_BOLT_PORT=-3 is not a port"),
            new Bad("NEO4J_HTTP_PORT", "abc", "NEO4J_HTTP_PORT=abc is not a port"),
            new Bad("NEO4J_HTTP_PORT", "8o8o", "NEO4J_HTTP_PORT=8o8o is not a port"),
            new Bad("DISSENT_UPLOAD_MAX_EXPANDED", "lots", "DISSENT_UPLOAD_MAX_EXPANDED"));

    @Test
    void each_bad_setting_stops_the_jar_with_one_line_naming_the_setting_and_the_value(@TempDir Path data)
            throws Exception {
        Strict.require(
                Files.isRegularFile(JAR),
                "target/dissent-graph.jar is missing: run `./mvnw verify`, which packages before the ITs");
        List<Processes.Running> running = new ArrayList<>();
        try {
            for (int i = 0; i < BAD.size(); i++) {
                Map<String, String> env = new HashMap<>(Map.of(
                        "MICRONAUT_SERVER_PORT", String.valueOf(Processes.freePort()),
                        "NEO4J_BOLT_PORT", "0",
                        "NEO4J_HTTP_PORT", "0",
                        "DISSENT_DATA_DIR", data.resolve("neo4j-" + i).toString(),
                        "DISSENT_STAGING_DIR", data.resolve("imports-" + i).toString(),
                        "DISSENT_LOAD", "never",
                        "NEO4J_PAGE_CACHE", "16m"));
                env.put(BAD.get(i).variable(), BAD.get(i).value());
                running.add(Processes.start(Processes.java("-Xmx384m", "-jar", JAR.toString()), env));
            }
            for (int i = 0; i < BAD.size(); i++) {
                Bad bad = BAD.get(i);
                Processes.Running process = running.get(i);
                int exit = process.awaitExit(Duration.ofSeconds(120));
                String output = process.output();
                System.out.printf(
                        "StartupSettingsIT: %s=%s -> exit %d: %s%n",
                        bad.variable(),
                        bad.value(),
                        exit,
                        process.lines().stream()
                                .filter(l -> l.contains("cannot start"))
                                .findFirst()
                                .orElse(output));
                assertThat(exit).as(output).isNotZero();
                assertThat(process.lines().stream().filter(l -> l.contains(bad.variable())))
                        .as(output)
                        .singleElement()
                        .asString()
                        .startsWith("Dissent Graph cannot start: ")
                        .contains(bad.expected())
                        .contains(bad.value());
                assertThat(output).doesNotContain("\tat ").doesNotContain("Exception");
            }
        } finally {
            running.forEach(Processes.Running::close);
        }
    }
}

package org.dissentgraph.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GdsProceduresTest {

    @Test
    void the_build_time_list_of_gds_procedure_classes_matches_the_gds_on_the_classpath() throws IOException {
        GdsProcedures.Found scanned = GdsProcedures.scan();
        String expected = GdsProcedures.lines(scanned);
        Path fresh = Path.of("target", GdsProcedures.LIST);
        Files.createDirectories(fresh.getParent());
        Files.writeString(
                fresh, "# the GDS procedure, function and aggregation classes; made by GdsProceduresTest\n" + expected);
        String listed;
        try (InputStream in = GdsProcedures.class.getResourceAsStream(GdsProcedures.LIST)) {
            assertThat(in)
                    .as("src/main/resources/org/dissentgraph/neo4j/" + GdsProcedures.LIST)
                    .isNotNull();
            listed = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                            .filter(line -> !line.startsWith("#") && !line.isBlank())
                            .collect(Collectors.joining("\n"))
                    + "\n";
        }
        assertThat(listed)
                .as("the list is stale: copy " + fresh + " to src/main/resources/org/dissentgraph/neo4j/")
                .isEqualTo(expected);
        assertThat(scanned.procedures()).hasSizeGreaterThan(200);
        assertThat(GdsProcedures.listed().procedures()).hasSameSizeAs(scanned.procedures());
    }
}

package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** import/README.md is the public format: it must name every file and column the loader accepts. */
class FormatDocumentedTest {

    @Test
    void the_import_readme_documents_every_file_and_column() throws Exception {
        String readme = Files.readString(Path.of("import/README.md"));
        for (Kind kind : Kind.values()) {
            int section = readme.indexOf("### `" + kind.file() + "`");
            assertThat(section).as("section for " + kind.file()).isPositive();
            int next = readme.indexOf("### ", section + 4);
            String text = readme.substring(section, next < 0 ? readme.length() : next);
            for (Column column : kind.columns()) {
                assertThat(text)
                        .as(kind.file() + " documents column " + column.name())
                        .contains(column.name());
            }
        }
    }
}

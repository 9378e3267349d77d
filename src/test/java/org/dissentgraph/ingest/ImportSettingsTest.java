package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportSettingsTest {

    @Test
    void the_import_command_reads_the_same_variables_as_the_service() {
        ImportSettings settings = ImportSettings.fromEnvironment(
                Map.of("DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS", " 1000 ", "DISSENT_IMPORT_POLL_TIMEOUT", "90s"));
        assertThat(settings.singleTransactionRows()).isEqualTo(1000);
        assertThat(settings.pollTimeout()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void without_the_variables_the_defaults_apply() {
        assertThat(ImportSettings.fromEnvironment(Map.of())).isEqualTo(ImportSettings.defaults());
        assertThat(ImportSettings.defaults().singleTransactionRows()).isEqualTo(40_000);
    }

    @Test
    void durations_read_as_the_service_writes_them() {
        assertThat(ImportSettings.duration("X", "500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(ImportSettings.duration("X", "30m")).isEqualTo(Duration.ofMinutes(30));
        assertThat(ImportSettings.duration("X", "2h")).isEqualTo(Duration.ofHours(2));
        assertThat(ImportSettings.duration("X", "PT5S")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void a_bad_value_is_refused_naming_the_variable() {
        assertThatThrownBy(
                        () -> ImportSettings.fromEnvironment(Map.of("DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS", "lots")))
                .hasMessageContaining("DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS is 'lots'");
        assertThatThrownBy(() -> ImportSettings.fromEnvironment(Map.of("DISSENT_IMPORT_POLL_TIMEOUT", "soon")))
                .hasMessageContaining("DISSENT_IMPORT_POLL_TIMEOUT is 'soon'");
        assertThatThrownBy(() -> ImportSettings.fromEnvironment(Map.of("DISSENT_IMPORT_POLL_TIMEOUT", "0s")))
                .hasMessageContaining("must be positive");
    }
}

package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipGuardTest {

    private static final UploadLimits LIMITS = new UploadLimits(8L << 20);

    @TempDir
    Path dir;

    @Test
    void csv_text_that_compresses_as_csv_does_is_unpacked() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,born\n");
        Random random = new Random(1);
        while (csv.length() < 3 << 20) {
            csv.append("person-")
                    .append(random.nextInt(1_000_000))
                    .append(",Name ")
                    .append(random.nextInt(9999))
                    .append(",18")
                    .append(random.nextInt(100))
                    .append('\n');
        }
        assertThat(Staging.unzip(
                        zip(Map.of("persons.csv", csv.toString().getBytes(StandardCharsets.UTF_8))), dir, LIMITS))
                .containsExactly(dir.resolve("persons.csv"));
    }

    @Test
    void an_entry_over_100_to_1_is_refused_once_past_the_grace_but_a_small_one_is_not() throws IOException {
        assertThat(Staging.unzip(zip(Map.of("persons.csv", new byte[900 << 10])), dir, LIMITS))
                .hasSize(1);
        assertThatThrownBy(() -> Staging.unzip(zip(Map.of("sources.csv", new byte[3 << 20])), dir, LIMITS))
                .isInstanceOf(Staging.BadUpload.class)
                .hasMessageContaining("sources.csv")
                .hasMessageContaining("the limit is 100:1");
    }

    @Test
    void the_total_limit_counts_what_really_comes_out_across_entries() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Random random = new Random(2);
        for (int i = 0; i < 5; i++) {
            byte[] text = new byte[2 << 20];
            for (int j = 0; j < text.length; j++) {
                text[j] = (byte) ('a' + random.nextInt(26));
            }
            files.put("f" + i + ".csv", text);
        }
        assertThatThrownBy(() -> Staging.unzip(zip(files), dir, LIMITS))
                .isInstanceOf(Staging.BadUpload.class)
                .hasMessage("the zip expands to more than 8 MiB (dissent.upload.max-expanded-size,"
                        + " DISSENT_UPLOAD_MAX_EXPANDED), the limit");
    }

    @Test
    void more_than_a_thousand_entries_an_archive_inside_or_a_control_character_in_a_name_is_refused() {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i <= 1_000; i++) {
            many.put("f" + i + ".csv", new byte[] {'i', 'd', '\n'});
        }
        assertThatThrownBy(() -> Staging.unzip(zip(many), dir, LIMITS))
                .hasMessageContaining("more than 1000 entries, the limit");
        assertThatThrownBy(() -> Staging.unzip(zip(Map.of("a.tar.gz", new byte[] {1})), dir, LIMITS))
                .hasMessageContaining("'a.tar.gz' is an archive");
        assertThatThrownBy(() ->
                        Staging.unzip(zip(Map.of("persons.csv", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0})), dir, LIMITS))
                .hasMessageContaining("'persons.csv' is an archive");
        assertThatThrownBy(() -> Staging.unzip(zip(Map.of("a\u0000.csv", new byte[] {'i'})), dir, LIMITS))
                .hasMessageContaining("'a?.csv' has a control character");
    }

    @Test
    void a_truncated_zip_is_a_bad_upload_not_an_io_failure() throws IOException {
        byte[] whole = zip(Map.of(
                        "persons.csv", "id,name\nab,A B\n".repeat(5_000).getBytes(StandardCharsets.UTF_8)))
                .readAllBytes();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> Staging.unzip(new ByteArrayInputStream(half), dir, LIMITS))
                .isInstanceOf(Staging.BadUpload.class);
    }

    @Test
    void sizes_are_read_like_neo4j_settings_and_a_bad_one_names_the_setting() {
        assertThat(UploadLimits.parseSize("2g")).isEqualTo(2L << 30);
        assertThat(UploadLimits.parseSize("2GiB")).isEqualTo(2L << 30);
        assertThat(UploadLimits.parseSize("500mb")).isEqualTo(500L << 20);
        assertThat(UploadLimits.parseSize("65536")).isEqualTo(65536);
        assertThat(UploadLimits.readable(2L << 30)).isEqualTo("2 GiB");
        for (String bad : new String[] {"lots", "", "-1", "0", "2x", "99999999999999g"}) {
            assertThatThrownBy(() -> UploadLimits.parseSize(bad))
                    .as(bad)
                    .hasMessageContaining("DISSENT_UPLOAD_MAX_EXPANDED");
        }
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}

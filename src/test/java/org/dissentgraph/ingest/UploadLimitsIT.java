package org.dissentgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.support.GraphChecksum;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Uploads that would fill the disk or hide something are refused while they stream, before any
 * database write, with a 400 problem naming the limit; the staged files are deleted and the
 * database is unchanged. The total limit is set to 4 MiB here (default 2 GiB).
 */
@MicronautTest
class UploadLimitsIT extends DatabaseTest {

    private static final String WRITER = "uploader";
    private static final String SECRET = "up-" + UUID.randomUUID();
    private static final Path STAGING = staging();

    @Inject
    EmbeddedServer server;

    @Inject
    Driver driver;

    @Inject
    JsonMapper json;

    private final HttpClient http = HttpClient.newHttpClient();
    private GraphChecksum.State before;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("dissent.write-users", WRITER + ":" + SECRET);
        properties.put("dissent.staging-dir", STAGING.toString());
        properties.put("dissent.upload.max-expanded-size", "4m");
        return properties;
    }

    @BeforeAll
    void remember() {
        before = GraphChecksum.of(driver);
    }

    @AfterAll
    void unchanged() {
        assertThat(GraphChecksum.of(driver)).as("the database is unchanged").isEqualTo(before);
    }

    @Test
    void a_zip_bomb_is_refused_naming_the_ratio_limit() throws Exception {
        byte[] bomb = zip(Map.of("persons.csv", "a".repeat(20 << 20).getBytes(StandardCharsets.US_ASCII)));
        assertThat(bomb.length).isLessThan(100_000);
        assertRefused(postZip(bomb), "the limit is 100:1", "persons.csv");
    }

    @Test
    void a_zip_expanding_past_the_configured_limit_is_refused_naming_it() throws Exception {
        Random random = new Random(7);
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (String name : new String[] {"persons.csv", "sources.csv", "citations.csv"}) {
            byte[] text = new byte[2 << 20];
            for (int i = 0; i < text.length; i++) {
                text[i] = (byte) (i % 40 == 39 ? '\n' : 'a' + random.nextInt(26));
            }
            files.put(name, text);
        }
        assertRefused(postZip(zip(files)), "4 MiB (dissent.upload.max-expanded-size", "the limit");
    }

    @Test
    void a_zip_of_more_than_a_thousand_entries_is_refused_naming_the_limit() throws Exception {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= UploadLimits.MAX_ENTRIES; i++) {
            files.put("f" + i + ".csv", "id\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertRefused(postZip(zip(files)), "more than 1000 entries, the limit");
    }

    @Test
    void an_archive_inside_the_zip_is_refused_by_its_name_and_by_its_content() throws Exception {
        byte[] inner = zip(Map.of("persons.csv", "id,name\n".getBytes(StandardCharsets.US_ASCII)));
        assertRefused(postZip(zip(Map.of("inner.zip", inner))), "inner.zip", "is an archive");
        assertRefused(postZip(zip(Map.of("persons.csv", inner))), "persons.csv", "is an archive");
    }

    @Test
    void a_zip_entry_named_with_a_nul_is_refused() throws Exception {
        assertRefused(postZip(zip(Map.of("pers\0ons.csv", "id\n".getBytes(StandardCharsets.US_ASCII)))), "NUL");
    }

    @Test
    void multipart_parts_named_with_a_nul_or_holding_an_archive_are_refused() throws Exception {
        assertRefused(postMultipart("pers\0ons.csv", "id\n".getBytes(StandardCharsets.US_ASCII)), "NUL");
        byte[] inner = zip(Map.of("persons.csv", "id,name\n".getBytes(StandardCharsets.US_ASCII)));
        assertRefused(postMultipart("persons.csv", inner), "persons.csv", "holds an archive");
        assertRefused(postMultipart("persons.csv.gz", inner), "is an archive");
    }

    @Test
    void a_body_of_the_wrong_content_type_is_a_4xx_problem() throws Exception {
        HttpResponse<String> response = http.send(
                request("text/plain", "id\n".getBytes(StandardCharsets.US_ASCII)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(stagedFolders()).isZero();
    }

    private void assertRefused(HttpResponse<String> response, String... named) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        Map<String, Object> problem = json.readValue(response.body(), Argument.mapOf(String.class, Object.class));
        assertThat(problem.get("status")).isEqualTo(400);
        assertThat((String) problem.get("detail")).contains(named);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(stagedFolders()).as("staged folders left behind").isZero();
    }

    private long stagedFolders() throws IOException {
        if (!Files.isDirectory(STAGING)) {
            return 0;
        }
        try (Stream<Path> entries = Files.list(STAGING)) {
            return entries.count();
        }
    }

    private HttpResponse<String> postZip(byte[] zip) throws Exception {
        return http.send(request("application/zip", zip), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> postMultipart(String fileName, byte[] content) throws Exception {
        String boundary = "b" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                request("multipart/form-data; boundary=" + boundary, body.toByteArray()),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String contentType, byte[] body) {
        return HttpRequest.newBuilder(URI.create(server.getURI() + "/api/imports?dataset=limits"))
                .header("Content-Type", contentType)
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((WRITER + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Path staging() {
        try {
            return Files.createTempDirectory("dissent-upload-limits");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

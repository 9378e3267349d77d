package org.dissentgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dissentgraph.support.MiniHttp;
import org.dissentgraph.support.Strict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * No credentials in the repository, none in the logs. Every tracked file is scanned for
 * password-, secret- and token-looking assignments with a literal value (placeholders such as
 * {@code ${NEO4J_PASSWORD}}, {@code ...} and the documented example of .env.example aside) and for
 * key material; and a service started with a known NEO4J_PASSWORD, DISSENT_WRITE_USERS and
 * DISSENT_API_TOKEN, asked with right and wrong credentials, prints none of them: not in its
 * Logback or java.util.logging output, not on stdout/stderr, not in Neo4j's own log files.
 */
class SecretsIT {

    /** {@code key = value} / {@code key: value} where the key names a secret; group 2 is the value. */
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "(?im)^[\\s\"'-]*(?:export\\s+)?([\\w.-]*(?:password|passwd|secret|token|api[_-]?key)(?![a-z])[\\w.-]*)[\"']?\\s*[:=]\\s*(.*)$");
    /** A whole string literal assigned to a Java variable or field that names a secret (not a prefix joined to a random part). */
    private static final Pattern JAVA_LITERAL = Pattern.compile(
            "(?i)\\b\\w*(?:password|passwd|secret|token|apikey)(?![a-z])\\w*\\s*=\\s*\"([^\"]+)\"\\s*;");

    private static final Pattern KEY_MATERIAL = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----|\\bAKIA[0-9A-Z]{16}\\b|\\bgh[pousr]_[A-Za-z0-9]{30,}|\\bxox[abpr]-[A-Za-z0-9-]{10,}");
    /**
     * Documented examples, by file and value: the placeholder of .env.example, and the password of
     * the throw-away Neo4j container that -Pcontainers starts for the tests.
     */
    private static final Set<String> DOCUMENTED = Set.of(
            ".env.example:change-me-please", "src/test/java/org/dissentgraph/support/TestNeo4j.java:dissent-test");

    @Test
    void the_repository_holds_no_credentials() throws Exception {
        Process git = new ProcessBuilder("git", "ls-files", "-z")
                .redirectErrorStream(true)
                .start();
        String listing = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Strict.require(
                git.waitFor() == 0 && !listing.isBlank(), "git ls-files did not list the tracked files: " + listing);
        List<String> files = List.of(listing.split("\0"));
        List<String> findings = new ArrayList<>();
        for (String name : files) {
            Path file = Path.of(name);
            if (name.endsWith("reliability/SecretsIT.java")) {
                continue; // this test's own values ("pw-" + a random suffix) are made at run time, not stored
            }
            if (!Files.isRegularFile(file) || Files.size(file) > 5_000_000) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(file);
            if (new String(bytes, 0, Math.min(bytes.length, 8000), StandardCharsets.ISO_8859_1).indexOf('\0') >= 0) {
                continue; // binary (the zips of the bad-input corpus)
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            Matcher key = KEY_MATERIAL.matcher(text);
            while (key.find()) {
                findings.add(name + ": key material " + key.group());
            }
            if (!name.endsWith(".java")) {
                Matcher m = ASSIGNMENT.matcher(text);
                while (m.find()) {
                    String value =
                            m.group(2).strip().replaceAll("^[\"']|[\"'],?$", "").strip();
                    if (!placeholder(value) && !DOCUMENTED.contains(name + ":" + value)) {
                        findings.add(name + ": " + m.group(1) + " = " + value);
                    }
                }
            } else {
                Matcher m = JAVA_LITERAL.matcher(text);
                while (m.find()) {
                    if (!DOCUMENTED.contains(name + ":" + m.group(1))) {
                        findings.add(name + ": " + m.group());
                    }
                }
            }
        }
        System.out.printf("SecretsIT: %d tracked files scanned, %d findings%n", files.size(), findings.size());
        assertThat(findings).isEmpty();
    }

    /** No value, a reference to the environment or configuration, or an obvious placeholder. */
    private static boolean placeholder(String value) {
        return value.isEmpty()
                || value.startsWith("$")
                || value.startsWith("\"$")
                || value.startsWith("%")
                || value.startsWith("<")
                || value.equals("...")
                || value.startsWith("...")
                || value.startsWith("#")
                || value.equals("''")
                || value.equals("\"\"")
                || value.equals("null")
                || value.equals("true")
                || value.equals("false")
                || value.startsWith("env.")
                || value.matches("[\\w.]+\\(.*")
                || value.startsWith("[")
                || value.startsWith("{")
                || value.matches("\\*+");
    }

    @Test
    void the_logs_never_print_the_database_password_the_write_users_or_the_token(@TempDir Path dir) throws Exception {
        String password = "pw-" + UUID.randomUUID();
        String writerPassword = "wp-" + UUID.randomUUID();
        String token = "tk-" + UUID.randomUUID();
        Capture capture = new Capture();
        capture.start();
        try {
            try (ApplicationContext service = ApplicationContext.run(
                                    EmbeddedServer.class,
                                    Map.of(
                                            "neo4j.password",
                                            password,
                                            "dissent.write-users",
                                            "writer:" + writerPassword,
                                            "dissent.api-token",
                                            token,
                                            "dissent.data-dir",
                                            dir.resolve("neo4j").toString(),
                                            "dissent.staging-dir",
                                            dir.resolve("imports").toString(),
                                            "dissent.embedded.bolt-port",
                                            0,
                                            "dissent.embedded.http-port",
                                            0,
                                            "dissent.embedded.page-cache",
                                            "64m",
                                            "micronaut.server.port",
                                            -1))
                            .getApplicationContext();
                    MiniHttp http = new MiniHttp(
                            "127.0.0.1", service.getBean(EmbeddedServer.class).getPort(), 60_000)) {
                assertThat(http.get("/health").status()).isEqualTo(200);
                assertThat(http.get("/api/search?q=kossior").status()).isEqualTo(200);
                for (String authorization : List.of(
                        "Basic " + base64("writer:" + writerPassword + "-wrong"),
                        "Basic " + base64("writer:" + writerPassword),
                        "Bearer " + token + "-wrong",
                        "Bearer " + token)) {
                    MiniHttp.Response response = http.send(
                            ("POST /api/imports?dataset=secrets HTTP/1.1\r\nHost: x\r\nAuthorization: " + authorization
                                            + "\r\nContent-Type: application/zip\r\nContent-Length: 5\r\n\r\nhello")
                                    .getBytes(StandardCharsets.UTF_8));
                    assertThat(response.status()).as(response.body()).isIn(400, 401, 403);
                    assertThat(response.body())
                            .doesNotContain(password)
                            .doesNotContain(writerPassword)
                            .doesNotContain(token);
                }
            }
        } finally {
            capture.stop();
        }
        StringBuilder neo4jLogs = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                neo4jLogs.append(Files.readString(log, StandardCharsets.ISO_8859_1));
            }
        }
        String all = capture.text() + neo4jLogs;
        System.out.printf(
                "SecretsIT: %d characters of logs captured (Logback, JUL, stdout/stderr) and %d of Neo4j's log files;"
                        + " the password, the write user's password and the token appear in none%n",
                capture.text().length(), neo4jLogs.length());
        assertThat(capture.text()).as("something was captured").contains("started in");
        assertThat(all)
                .doesNotContain(password)
                .doesNotContain(writerPassword)
                .doesNotContain(token)
                .doesNotContain(base64("writer:" + writerPassword));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Everything logged or printed while it runs. */
    private static final class Capture {
        private final StringBuffer text = new StringBuffer();
        private final AppenderBase<ILoggingEvent> logback = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                text.append(event.getFormattedMessage()).append('\n');
                if (event.getThrowableProxy() != null) {
                    text.append(ThrowableProxyUtil.asString(event.getThrowableProxy()))
                            .append('\n');
                }
            }
        };
        private final java.util.logging.Handler jul = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                text.append(new java.util.logging.SimpleFormatter().format(record));
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        private PrintStream out;
        private PrintStream err;

        void start() {
            Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            logback.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
            logback.start();
            root.addAppender(logback);
            java.util.logging.Logger.getLogger("").addHandler(jul);
            out = System.out;
            err = System.err;
            System.setOut(new PrintStream(tee(out), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(tee(err), true, StandardCharsets.UTF_8));
        }

        void stop() {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logback);
            java.util.logging.Logger.getLogger("").removeHandler(jul);
            System.setOut(out);
            System.setErr(err);
        }

        String text() {
            return text.toString();
        }

        private OutputStream tee(PrintStream original) {
            return new OutputStream() {
                private final ByteArrayOutputStream line = new ByteArrayOutputStream();

                @Override
                public synchronized void write(int b) throws IOException {
                    original.write(b);
                    line.write(b);
                    if (b == '\n') {
                        text.append(line.toString(StandardCharsets.UTF_8));
                        line.reset();
                    }
                }
            };
        }
    }
}

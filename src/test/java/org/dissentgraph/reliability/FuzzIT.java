package org.dissentgraph.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.support.GraphChecksum;
import org.dissentgraph.support.MiniHttp;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

/**
 * Thousands of generated requests (reliability.fuzzRequests, default 2000) over every endpoint,
 * with malformed, huge, unicode, negative, injection and path-traversal values, URL-encoded or
 * sent as raw bytes: never a 5xx, never a stack trace, an exception name, Cypher or Neo4j's own
 * error codes in a body (the request's own value echoed back is taken out first), and the
 * database unchanged (checksum of every node and relationship before and after).
 */
@MicronautTest
class FuzzIT extends DatabaseTest {

    @Inject
    EmbeddedServer server;

    @Inject
    Driver driver;

    @Inject
    JsonMapper json;

    private static final String WRITER = "fuzzer";
    private static final String SECRET = "fz-" + java.util.UUID.randomUUID();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("dissent.write-users", WRITER + ":" + SECRET);
        try {
            properties.put(
                    "dissent.staging-dir",
                    java.nio.file.Files.createTempDirectory("dissent-fuzz-staging")
                            .toString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Every endpoint, with a path slot ({p}) and its query parameters, each filled in turn with every
     * one of {@link #HOSTILE}; the others keep a valid value.
     */
    private static final List<String> ENDPOINTS = List.of(
            "/api/persons/{p}/timeline",
            "/api/persons/{p}/consequences?windowMonths=12",
            "/api/criticisms/{p}/consequences?windowMonths=12",
            "/api/criticisms?critic=kossior-vladimir&target=&from=1921&to=1922&venue=&faction=&limit=5&offset=0",
            "/api/graph/ego/{p}?depth=1&at=1921&rel=CRITICIZED&maxNodes=20",
            "/api/graph/network?from=1921&to=1922&rel=CRITICIZED&maxNodes=20",
            "/api/paths?from=kollontai-alexandra&to=stalin-joseph&maxLength=3&at=1922",
            "/api/snapshot?at=1921",
            "/api/analytics/centrality?metric=degree&rel=CRITICIZED&limit=5",
            "/api/search?q=kossior&type=Person&limit=5",
            "/api/penalties?kind=EXPULSION&from=1921&to=1930&faction=&outcome=APPLIED&limit=5&offset=0",
            "/api/stats/penalties?by=year",
            "/api/rules/checks?limit=5&offset=0",
            "/api/entities/{p}",
            "/api/entities/{p}/adjacent?rel=CRITICIZED&limit=5&offset=0",
            "/api/export/{p}?ego=kossior-vladimir&depth=1&maxNodes=10&rel=CRITICIZED&from=1921&to=1922&sources=false",
            "/api/imports/{p}",
            "/guide",
            "/swagger/{p}");

    /** Blank, whitespace, NUL, 10k characters, RTL and combining marks, {@code ..}, encoded slashes, injections. */
    private static final List<String> HOSTILE = List.of(
            "",
            " ",
            "\t \n",
            "\u0000",
            "k".repeat(10_000),
            "\u202Ekossior-vladimir\u200F\u05E9\u05DC",
            "e\u0301\u0302\u0303\u0304",
            "..",
            "..%2F..%2Fetc%2Fpasswd",
            "a/b",
            "' OR 1=1 --",
            "kossior-vladimir'}) MATCH (n) DETACH DELETE n //",
            "${jndi:ldap://127.0.0.1/a}",
            "<script>alert(1)</script>");

    /** Templates: {s} takes a string value, {n} a number-like one. */
    private static final List<String> TEMPLATES = List.of(
            "/api/criticisms/{s}/consequences?windowMonths={n}",
            "/api/persons/{s}/consequences?windowMonths={n}",
            "/api/persons/{s}/timeline",
            "/api/criticisms?critic={s}&target={s}&from={s}&to={s}&limit={n}&offset={n}",
            "/api/criticisms?venue={s}&faction={s}",
            "/api/graph/ego/{s}?depth={n}&at={s}&rel={s}&maxNodes={n}",
            "/api/graph/ego/kossior-vladimir?depth={n}&maxNodes={n}&rel={s}",
            "/api/paths?from={s}&to={s}&maxLength={n}&at={s}",
            "/api/paths?from=kollontai-alexandra&to={s}&maxLength={n}",
            "/api/snapshot?at={s}",
            "/api/analytics/centrality?metric={s}&rel={s}&limit={n}",
            "/api/search?q={s}&type={s}&limit={n}",
            "/api/search?q={s}",
            "/api/rules/checks?{s}={s}",
            "/api/entities/{s}",
            "/api/entities/{s}/adjacent?rel={s}&offset={n}&limit={n}",
            "/api/penalties?person={s}&kind={s}&kind={s}",
            "/api/persons?faction={s}&aliveAt={s}&q={s}&limit={n}&offset={n}",
            "/api/penalties?kind={s}&from={s}&to={s}&faction={s}&outcome={s}&limit={n}&offset={n}",
            "/api/stats/penalties?by={s}",
            "/api/imports/{s}",
            "/guide?{s}={s}",
            "/{s}",
            "/swagger/{s}",
            "/api/export/{s}?ego={s}&depth={n}",
            "/api/{s}/{s}");

    private static final List<String> STRINGS = List.of(
            "",
            " ",
            "a",
            "kossior-vladimir",
            "trotsky-leon",
            "kossior-1922-congress-11",
            "rcp-b",
            "-1",
            "0",
            "Kossior",
            "99999999999999999999999",
            "NaN",
            "Infinity",
            "1e309",
            "null",
            "undefined",
            "true",
            "Троцкий",
            "Коллонтай Александра",
            "😀🔥",
            "\u0000",
            "\u0007bell",
            "\uFFFF",
            "\u202Eevil",
            "e\u0301\u0301\u0301",
            "ß",
            "İstanbul",
            "日本語",
            "a".repeat(81),
            "x".repeat(2_000),
            "y".repeat(20_000),
            "' OR 1=1 --",
            "\" OR \"\"=\"",
            "x') RETURN 1 //",
            "MATCH (n) DETACH DELETE n",
            "}]->(x) DETACH DELETE x //",
            "kossior-vladimir'}) MATCH (n) DETACH DELETE n //",
            "$id",
            "${jndi:ldap://127.0.0.1/a}",
            "{{7*7}}",
            "<script>alert(1)</script>",
            "*",
            "?",
            "~",
            "\\",
            "%",
            "%00",
            "%zz",
            "AND OR NOT",
            "name:*",
            "a^99",
            "kosior~2",
            "[a TO z]",
            "/.*/",
            "(((((((",
            ")",
            "../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd",
            "%2e%2e/%2e%2e/etc/passwd",
            "....//....//etc/passwd",
            "/etc/passwd",
            "C:\\Windows\\win.ini",
            "file:///etc/passwd",
            "1921-13-45",
            "1921/1922",
            "2020-02-30",
            "-1921",
            "9999999",
            "1921..",
            "1921-06-01/..",
            "../1921",
            "192X",
            "1921?~",
            "#",
            "&",
            "=",
            ";",
            ",",
            ",,,",
            "CRITICIZED,MADE",
            "CRITICIZED,DROP",
            "betweenness",
            "pagerank",
            "degree",
            "year",
            "kind",
            "faction",
            "EXPULSION",
            "APPLIED",
            "Person",
            "Source");

    private static final List<String> NUMBERS = List.of(
            "-1",
            "0",
            "1",
            "2",
            "3",
            "4",
            "10",
            "11",
            "240",
            "241",
            "500",
            "501",
            "1000",
            "2000",
            "2001",
            "1000001",
            "2147483647",
            "2147483648",
            "-2147483649",
            "99999999999999999999",
            "1.5",
            "abc",
            "",
            "1e3",
            "0x10",
            " 5",
            "+3",
            "%00",
            "NaN");

    private static final List<String> FORBIDDEN = List.of(
            "Exception",
            "\tat ",
            "at org.",
            "at java.",
            "at io.",
            "MATCH ",
            "RETURN ",
            "org.neo4j",
            "Neo.ClientError",
            "Neo.TransientError",
            "Neo.DatabaseError",
            "neo4j.driver",
            "root:x:0",
            "[fonts]");

    @Test
    void generated_hostile_requests_never_get_a_5xx_or_leak_internals_and_change_nothing() throws Exception {
        int total = Integer.getInteger("reliability.fuzzRequests", 2000);
        GraphChecksum.State before = GraphChecksum.of(driver);
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        AtomicLong sent = new AtomicLong();
        AtomicLong dropped = new AtomicLong();
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int index = t;
            Thread thread = new Thread(
                    () -> {
                        Random random = new Random(42 + index);
                        try (MiniHttp http = new MiniHttp("127.0.0.1", server.getPort(), 60_000)) {
                            for (int i = index; i < total; i += 4) {
                                List<String> values = new ArrayList<>();
                                boolean raw = random.nextInt(5) == 0;
                                String target =
                                        fill(TEMPLATES.get(random.nextInt(TEMPLATES.size())), random, raw, values);
                                byte[] request = i % 50 == 0
                                        ? ("POST /api/imports?dataset="
                                                        + URLEncoder.encode(
                                                                values.isEmpty() ? "x" : values.get(0),
                                                                StandardCharsets.UTF_8)
                                                        + " HTTP/1.1\r\nHost: x\r\nContent-Type: application/zip\r\nContent-Length: 5\r\n\r\nhello")
                                                .getBytes(StandardCharsets.UTF_8)
                                        : ("GET " + target + " HTTP/1.1\r\nHost: x\r\nAccept: application/json\r\n\r\n")
                                                .getBytes(StandardCharsets.UTF_8);
                                sent.incrementAndGet();
                                try {
                                    MiniHttp.Response response = http.send(request);
                                    statuses.computeIfAbsent(response.status(), s -> new AtomicLong())
                                            .incrementAndGet();
                                    check(target, values, response).ifPresent(problems::add);
                                } catch (Exception e) {
                                    // a request line Netty refuses outright may close the connection: no answer, but no
                                    // 5xx either;
                                    // only requests that were valid HTTP must be answered
                                    dropped.incrementAndGet();
                                    if (!raw && target.length() < 4_000) {
                                        problems.add("no answer to " + abbreviate(target) + ": " + e);
                                    }
                                }
                            }
                        }
                    },
                    "fuzz-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        GraphChecksum.State after = GraphChecksum.of(driver);
        System.out.printf(
                "FuzzIT: %d requests in %.1f s, statuses %s, %d refused at the HTTP layer without an answer; problems %d%n",
                sent.get(),
                (System.nanoTime() - started) / 1e9,
                new TreeMap<>(statuses),
                dropped.get(),
                problems.size());
        problems.stream().limit(20).forEach(p -> System.out.println("FuzzIT:   " + p));
        assertThat(problems).isEmpty();
        assertThat(statuses.keySet()).allMatch(status -> status < 500 || status == 503);
        assertThat(after).as("the database is unchanged").isEqualTo(before);
    }

    @Test
    void every_endpoint_with_each_hostile_value_in_its_path_and_each_query_parameter_is_a_4xx_or_answered()
            throws Exception {
        GraphChecksum.State before = GraphChecksum.of(driver);
        List<String[]> requests = new ArrayList<>(); // {target, value}
        for (String endpoint : ENDPOINTS) {
            for (String value : HOSTILE) {
                for (String target : grid(endpoint, value)) {
                    requests.add(new String[] {target, value});
                }
            }
        }
        Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        List<Object[]> slowest = Collections.synchronizedList(new ArrayList<>()); // {millis, status, target}
        long started = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int index = t;
            Thread thread = new Thread(
                    () -> {
                        try (MiniHttp http = new MiniHttp("127.0.0.1", server.getPort(), 60_000)) {
                            for (int i = index; i < requests.size(); i += 4) {
                                String target = requests.get(i)[0];
                                try {
                                    long sentAt = System.nanoTime();
                                    MiniHttp.Response response = http.get(target);
                                    slowest.add(new Object[] {
                                        (System.nanoTime() - sentAt) / 1_000_000, response.status(), target
                                    });
                                    statuses.computeIfAbsent(response.status(), s -> new AtomicLong())
                                            .incrementAndGet();
                                    check(target, List.of(requests.get(i)[1]), response)
                                            .ifPresent(problems::add);
                                } catch (Exception e) {
                                    problems.add("no answer to " + abbreviate(target) + ": " + e);
                                }
                            }
                        }
                    },
                    "fuzz-grid-" + t);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        List<String[]> uploads = malformedUploads();
        try (MiniHttp http = new MiniHttp("127.0.0.1", server.getPort(), 60_000)) {
            for (String[] upload : uploads) {
                byte[] head = (upload[0] + "\r\nAuthorization: Basic "
                                + java.util.Base64.getEncoder()
                                        .encodeToString((WRITER + ":" + SECRET).getBytes(StandardCharsets.UTF_8))
                                + "\r\nContent-Length: " + upload[1].length() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1);
                byte[] body = upload[1].getBytes(StandardCharsets.ISO_8859_1);
                byte[] request = java.util.Arrays.copyOf(head, head.length + body.length);
                System.arraycopy(body, 0, request, head.length, body.length);
                MiniHttp.Response response = http.send(request);
                statuses.computeIfAbsent(response.status(), s -> new AtomicLong())
                        .incrementAndGet();
                if (response.status() < 400 || response.status() >= 500) {
                    problems.add(
                            response.status() + " for the upload " + upload[2] + ": " + abbreviate(response.body()));
                }
                check("POST /api/imports", List.of(), response).ifPresent(p -> problems.add(upload[2] + ": " + p));
            }
        }
        GraphChecksum.State after = GraphChecksum.of(driver);
        System.out.printf(
                "FuzzIT: %d endpoints x %d hostile values in each path slot and query parameter = %d requests, and %d"
                        + " malformed uploads, in %.1f s; statuses %s; problems %d%n",
                ENDPOINTS.size(),
                HOSTILE.size(),
                requests.size(),
                uploads.size(),
                (System.nanoTime() - started) / 1e9,
                new TreeMap<>(statuses),
                problems.size());
        problems.stream().limit(20).forEach(p -> System.out.println("FuzzIT:   " + p));
        synchronized (slowest) {
            slowest.sort((a, b) -> Long.compare((Long) b[0], (Long) a[0]));
            slowest.stream()
                    .limit(5)
                    .forEach(r -> System.out.printf(
                            "FuzzIT:   slow: %d ms, %d for %s%n", r[0], r[1], abbreviate((String) r[2])));
        }
        assertThat(problems).isEmpty();
        assertThat(after).as("the database is unchanged").isEqualTo(before);
    }

    /** The endpoint with {@code value} in its path slot, then in each of its query parameters in turn. */
    private static List<String> grid(String endpoint, String value) {
        List<String> targets = new ArrayList<>();
        int question = endpoint.indexOf('?');
        String path = question < 0 ? endpoint : endpoint.substring(0, question);
        String query = question < 0 ? "" : endpoint.substring(question + 1);
        String validPath = path.replace("{p}", path.startsWith("/api/export") ? "graphml" : "kossior-vladimir");
        if (path.contains("{p}")) {
            targets.add(path.replace("{p}", pathEncode(value)) + (query.isEmpty() ? "" : "?" + query));
        }
        String[] pairs = query.isEmpty() ? new String[] {"q"} : query.split("&");
        for (int i = 0; i < pairs.length; i++) {
            StringBuilder target = new StringBuilder(validPath).append('?');
            for (int j = 0; j < pairs.length; j++) {
                String name = pairs[j].split("=", 2)[0];
                target.append(j == 0 ? "" : "&")
                        .append(name)
                        .append('=')
                        .append(
                                i == j
                                        ? URLEncoder.encode(value, StandardCharsets.UTF_8)
                                        : pairs[j].contains("=") ? pairs[j].split("=", 2)[1] : "");
            }
            targets.add(target.toString());
        }
        return targets;
    }

    /** Percent-encodes all but unreserved characters, so a value stays one path segment ("/" becomes %2F). */
    private static String pathEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** {request line and headers without Content-Length, body as ISO-8859-1 text, what it is}. */
    private static List<String[]> malformedUploads() throws java.io.IOException {
        List<String[]> uploads = new ArrayList<>();
        String zip = "POST /api/imports?dataset=fuzz HTTP/1.1\r\nHost: x\r\nContent-Type: application/zip";
        uploads.add(new String[] {
            zip, latin1(zip(Map.of("persons.csv", new byte[20 << 20]))), "a zip bomb (20 MiB of zeros)"
        });
        uploads.add(new String[] {zip, latin1(zip(Map.of("pers\u0000ons.csv", bytes("id\n")))), "a NUL in an entry name"
        });
        Map<String, byte[]> many = new java.util.LinkedHashMap<>();
        for (int i = 0; i <= 1_000; i++) {
            many.put("f" + i + ".csv", bytes("id\n"));
        }
        uploads.add(new String[] {zip, latin1(zip(many)), "1,001 entries"});
        byte[] inner = zip(Map.of("persons.csv", bytes("id,name\n")));
        uploads.add(new String[] {zip, latin1(zip(Map.of("nested.zip", inner))), "a nested zip"});
        uploads.add(new String[] {zip, latin1(zip(Map.of("persons.csv", inner))), "a zip posing as a CSV file"});
        uploads.add(new String[] {zip, latin1(zip(Map.of("../../persons.csv", bytes("id\n")))), "a ../ entry"});
        byte[] whole = zip(Map.of("persons.csv", bytes("id,name\n" + "a-b,A B\n".repeat(5_000))));
        uploads.add(new String[] {zip, latin1(java.util.Arrays.copyOf(whole, whole.length / 2)), "a truncated zip"});
        uploads.add(new String[] {zip, "hello", "not a zip"});
        uploads.add(new String[] {zip, "", "an empty body"});
        uploads.add(new String[] {
            "POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain", "id\n", "the wrong content type"
        });
        uploads.add(new String[] {
            "POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Type: application/json", "{\"a\":1}", "JSON"
        });
        uploads.add(new String[] {
            "POST /api/imports HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data", "--x--", "no boundary"
        });
        for (String[] part : new String[][] {
            {"pers\u0000ons.csv", "id\n", "a NUL in a multipart file name"},
            {"persons.csv", latin1(inner), "a zip as a multipart CSV part"},
            {"persons.zip", latin1(inner), "a .zip multipart part"},
            {"../../../etc/passwd", "id\n", "a ../ multipart file name"},
            {"k".repeat(10_000) + ".txt", "id\n", "a 10k-character multipart file name"}
        }) {
            String body = "--bnd\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + part[0]
                    + "\"\r\nContent-Type: text/csv\r\n\r\n" + part[1] + "\r\n--bnd--\r\n";
            uploads.add(new String[] {
                "POST /api/imports?dataset=fuzz HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=bnd",
                body,
                part[2]
            });
        }
        return uploads;
    }

    private static byte[] zip(Map<String, byte[]> files) throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String latin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String fill(String template, Random random, boolean raw, List<String> values) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        while (true) {
            int s = template.indexOf("{s}", at);
            int n = template.indexOf("{n}", at);
            int next = s < 0 ? n : n < 0 ? s : Math.min(s, n);
            if (next < 0) {
                out.append(template.substring(at));
                return out.toString();
            }
            out.append(template, at, next);
            String value = next == s
                    ? STRINGS.get(random.nextInt(STRINGS.size()))
                    : NUMBERS.get(random.nextInt(NUMBERS.size()));
            values.add(value);
            // raw: the value as it is (only what cannot break the request line is left alone); else URL-encoded
            out.append(
                    raw
                            ? value.replace(" ", "%20").replace("\r", "").replace("\n", "")
                            : URLEncoder.encode(value, StandardCharsets.UTF_8));
            at = next + 3;
        }
    }

    /** What is wrong with an answer, if anything. */
    private java.util.Optional<String> check(String target, List<String> values, MiniHttp.Response response) {
        boolean unavailableProblem = response.status() == 503
                && String.valueOf(response.contentType()).startsWith("application/problem+json");
        if (response.status() >= 500 && !unavailableProblem) {
            return java.util.Optional.of(
                    response.status() + " for " + abbreviate(target) + ": " + abbreviate(response.body()));
        }
        String text = response.body();
        if (text.startsWith("{")) {
            try {
                text = String.join("\n", strings(json.readValue(text, Argument.OBJECT_ARGUMENT)));
            } catch (Exception notJson) {
                // checked as it is
            }
        }
        for (String value : values) {
            for (String echoed : List.of(
                    value, value.strip(), abbreviateLikeProblems(value), abbreviateLikeProblems(value.strip()))) {
                if (!echoed.isEmpty()) {
                    text = text.replace(echoed, "");
                }
            }
        }
        try {
            text = text.replace(java.net.URLDecoder.decode(target.replace("+", "%2B"), StandardCharsets.UTF_8), "");
        } catch (IllegalArgumentException malformed) {
            text = text.replace(target, "");
        }
        // the Browser guide and the OpenAPI document show Cypher and Neo4j on purpose
        boolean documentation =
                response.status() < 300 && (target.startsWith("/guide") || target.startsWith("/swagger"));
        for (String forbidden : FORBIDDEN) {
            if (documentation
                    && !forbidden.startsWith("\t")
                    && !forbidden.startsWith("at ")
                    && !forbidden.equals("Exception")) {
                continue;
            }
            if (text.contains(forbidden)) {
                return java.util.Optional.of("'" + forbidden + "' in the answer " + response.status() + " to "
                        + abbreviate(target) + ": " + abbreviate(response.body()));
            }
        }
        return java.util.Optional.empty();
    }

    /** Every string in a parsed JSON value. */
    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> out.addAll(strings(v)));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> out.addAll(strings(v)));
        } else if (value != null) {
            out.add(value.toString());
        }
        return out;
    }

    /** ProblemHandlers.abbreviate: a value longer than 60 characters is cut to 57 and "...". */
    private static String abbreviateLikeProblems(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}

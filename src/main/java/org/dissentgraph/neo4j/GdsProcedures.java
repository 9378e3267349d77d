package org.dissentgraph.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.neo4j.harness.Neo4jBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Neo4j Graph Data Science (GPLv3) registered on the in-process server. Neo4j does not take
 * procedures from the classpath, only from plugin jars or from the harness builder, so the GDS
 * classes that declare procedures and functions are found here and registered one by one.
 *
 * <p>Scanning the GDS jars at every start cost seconds on a busy machine, so the classes are
 * listed at build time in {@code gds-procedures.txt} beside this class, and start-up only loads
 * them. {@link #scan()} makes that list; {@code GdsProceduresTest} fails when the list no longer
 * matches the GDS on the classpath (after an upgrade) and writes the new one to
 * {@code target/gds-procedures.txt}. The scan reads only the GDS jars (or, in the fat jar, its
 * {@code org/neo4j/gds/} entries), loads a class only when its bytes name one of the three
 * procedure annotations, and skips classes whose signatures name types absent from the classpath.
 */
final class GdsProcedures {

    private static final Logger LOG = LoggerFactory.getLogger(GdsProcedures.class);

    private static final String PREFIX = "org/neo4j/gds/";
    private static final byte[] PROCEDURE = "Lorg/neo4j/procedure/Procedure;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FUNCTION = "Lorg/neo4j/procedure/UserFunction;".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] AGGREGATION =
            "Lorg/neo4j/procedure/UserAggregationFunction;".getBytes(StandardCharsets.US_ASCII);

    /** The procedure, function and aggregation classes found. */
    record Found(List<Class<?>> procedures, List<Class<?>> functions, List<Class<?>> aggregations, int skipped) {}

    private GdsProcedures() {}

    /**
     * Registers every GDS procedure and function on {@code builder}; without GDS on the classpath,
     * or with {@code DISSENT_GDS=off} (to measure what GDS costs at start-up), none.
     */
    static Neo4jBuilder register(Neo4jBuilder builder) {
        if ("off".equalsIgnoreCase(System.getenv("DISSENT_GDS"))) {
            LOG.info("Graph Data Science: not registered (DISSENT_GDS=off)");
            return builder;
        }
        long started = System.nanoTime();
        Found found = listed();
        found.procedures().forEach(builder::withProcedure);
        found.functions().forEach(builder::withFunction);
        found.aggregations().forEach(builder::withAggregationFunction);
        LOG.info(
                "Graph Data Science: {} procedure, {} function and {} aggregation classes registered"
                        + " ({} skipped) in {} ms",
                found.procedures().size(),
                found.functions().size(),
                found.aggregations().size(),
                found.skipped(),
                (System.nanoTime() - started) / 1_000_000);
        return builder;
    }

    static final String LIST = "gds-procedures.txt";

    /** The classes named in {@link #LIST}: lines {@code procedure|function|aggregation <class>}. */
    static Found listed() {
        List<Class<?>> procedures = new ArrayList<>();
        List<Class<?>> functions = new ArrayList<>();
        List<Class<?>> aggregations = new ArrayList<>();
        int skipped = 0;
        ClassLoader loader = GdsProcedures.class.getClassLoader();
        try (InputStream in = GdsProcedures.class.getResourceAsStream(LIST)) {
            if (in == null) {
                return new Found(List.of(), List.of(), List.of(), 0);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String[] parts = line.strip().split(" ");
                if (parts.length != 2 || line.startsWith("#")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(parts[1], false, loader);
                } catch (ClassNotFoundException | LinkageError e) {
                    skipped++; // GDS is not on this classpath
                    continue;
                }
                switch (parts[0]) {
                    case "procedure" -> procedures.add(type);
                    case "function" -> functions.add(type);
                    case "aggregation" -> aggregations.add(type);
                    default -> skipped++;
                }
            }
        } catch (IOException e) {
            LOG.warn("Graph Data Science: cannot read {}: {}", LIST, e.getMessage());
        }
        return new Found(List.copyOf(procedures), List.copyOf(functions), List.copyOf(aggregations), skipped);
    }

    /** {@link Found} as the lines of {@link #LIST}, sorted. */
    static String lines(Found found) {
        List<String> lines = new ArrayList<>();
        found.procedures().forEach(c -> lines.add("procedure " + c.getName()));
        found.functions().forEach(c -> lines.add("function " + c.getName()));
        found.aggregations().forEach(c -> lines.add("aggregation " + c.getName()));
        java.util.Collections.sort(lines);
        return String.join("\n", lines) + "\n";
    }

    /** Finds the classes by reading the GDS jars: slow (seconds), for the build-time list only. */
    static Found scan() {
        ClassLoader loader = GdsProcedures.class.getClassLoader();
        List<Class<?>> procedures = new ArrayList<>();
        List<Class<?>> functions = new ArrayList<>();
        List<Class<?>> aggregations = new ArrayList<>();
        int skipped = 0;
        for (Path jar : jars(loader)) {
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    JarEntry entry = entries.nextElement();
                    String name = entry.getName();
                    if (!name.startsWith(PREFIX) || !name.endsWith(".class") || name.contains("$")) {
                        continue;
                    }
                    byte[] bytes;
                    try (InputStream in = file.getInputStream(entry)) {
                        bytes = in.readAllBytes();
                    }
                    boolean procedure = contains(bytes, PROCEDURE);
                    boolean function = contains(bytes, FUNCTION);
                    boolean aggregation = contains(bytes, AGGREGATION);
                    if (!procedure && !function && !aggregation) {
                        continue;
                    }
                    String className =
                            name.substring(0, name.length() - ".class".length()).replace('/', '.');
                    Class<?> type;
                    try {
                        type = Class.forName(className, false, loader);
                        type.getDeclaredMethods(); // fails when a signature names an absent type
                    } catch (ClassNotFoundException | LinkageError e) {
                        skipped++;
                        continue;
                    }
                    if (type.isInterface() || java.lang.reflect.Modifier.isAbstract(type.getModifiers())) {
                        continue;
                    }
                    if (procedure) {
                        procedures.add(type);
                    }
                    if (function) {
                        functions.add(type);
                    }
                    if (aggregation) {
                        aggregations.add(type);
                    }
                }
            } catch (IOException e) {
                LOG.warn("Graph Data Science: cannot read {}: {}", jar, e.getMessage());
            }
        }
        return new Found(List.copyOf(procedures), List.copyOf(functions), List.copyOf(aggregations), skipped);
    }

    /** The GDS jars of the classpath, or the fat jar this class is in (which then holds GDS too). */
    private static Set<Path> jars(ClassLoader loader) {
        Set<Path> jars = new LinkedHashSet<>();
        try {
            Enumeration<URL> manifests = loader.getResources("META-INF/MANIFEST.MF");
            while (manifests.hasMoreElements()) {
                jarOf(manifests.nextElement())
                        .filter(p -> p.toString().replace('\\', '/').contains("/org/neo4j/gds/"))
                        .ifPresent(jars::add);
            }
            URL self = GdsProcedures.class.getProtectionDomain().getCodeSource().getLocation();
            Path own = Path.of(self.toURI());
            if (Files.isRegularFile(own)) {
                jars.add(own);
            }
        } catch (IOException | URISyntaxException | RuntimeException e) {
            LOG.warn("Graph Data Science: cannot list the classpath: {}", e.getMessage());
        }
        return jars;
    }

    private static java.util.Optional<Path> jarOf(URL manifest) {
        String url = manifest.toString();
        if (!url.startsWith("jar:file:") || !url.contains("!/")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Path.of(new java.net.URI(url.substring(4, url.indexOf("!/")))));
        } catch (URISyntaxException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}

package org.dissentgraph.ingest;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dissentgraph.ingest.GraphRows.NodeRow;
import org.dissentgraph.ingest.GraphRows.RelRow;
import org.dissentgraph.model.ImportState;
import org.neo4j.cli.AdminTool;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;

/**
 * The first load of an empty in-process store at the speed of Neo4j's offline importer: the
 * dataset is validated as for every import (nothing is written when it has errors), turned into
 * nodes and relationships by the same {@link GraphBuilder} — {@code :Entity}, the derived
 * relationships, the content hashes {@code rowHash}/{@code relHash}, {@code importId} — written
 * as CSV files and loaded by {@code neo4j-admin database import full}, run in this JVM before
 * Neo4j opens the store. The {@code :Import} audit node is part of the files, in state RUNNING;
 * {@link Importer#finishOffline} marks it DONE once Neo4j runs and the schema is applied. A crash
 * between the two leaves an import RUNNING that the next start rolls forward like any other, so a
 * later incremental import finds exactly what the online path would have written.
 */
public final class OfflineImport {

    /** Every relationship, node and audit value goes through this format; neo4j-admin reads it back. */
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    /** Separates list items in a cell; a control character no text of a valid dataset holds. */
    static final char ARRAY_DELIMITER = '\u001F';

    private OfflineImport() {}

    /** What a load wrote, for {@link Importer#finishOffline}; or why it wrote nothing. */
    public record Outcome(
            ImportRequest request,
            String checksum,
            DatasetWriter.Counts counts,
            Map<String, Integer> rowsPerFile,
            long validateMillis,
            long writeMillis,
            List<ValidationError> errors,
            List<ValidationError> warnings,
            boolean written) {

        /** Validation found errors: nothing was written. */
        public boolean rejected() {
            return !errors.isEmpty();
        }
    }

    /** Whether the in-process store under {@code home} has no {@code neo4j} database yet (a first start). */
    public static boolean storeIsEmpty(Path home) {
        Path database = home.resolve("data/databases/neo4j");
        if (!Files.isDirectory(database)) {
            return true;
        }
        try (Stream<Path> files = Files.list(database)) {
            return files.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + database, e);
        }
    }

    /**
     * Validates and writes {@code request}'s files into the store under {@code home}, which no
     * Neo4j may have open. {@code replace}: an existing {@code neo4j} database is replaced
     * ({@code import --fresh}); else it must not exist. A valid dataset of fewer than {@code minRows}
     * rows is not written (the online path loads small datasets faster than neo4j-admin starts).
     * {@code log} receives neo4j-admin's report.
     */
    public static Outcome write(Path home, ImportRequest request, boolean replace, long minRows, PrintStream log) {
        String checksum = DatasetFiles.checksum(request.files());
        long validating = System.nanoTime();
        DatasetReader.Result read = DatasetReader.filesOnly().read(request.files());
        DatasetReader.Result result = request.strict() ? read.strict() : read;
        long validateMillis = (System.nanoTime() - validating) / 1_000_000;
        if (!result.ok() || result.dataset().totalRows() < minRows) {
            // rejected (with its errors), or valid and small: nothing written
            return new Outcome(
                    request,
                    checksum,
                    DatasetWriter.Counts.NONE,
                    result.dataset().counts(),
                    validateMillis,
                    0,
                    result.errors(),
                    result.warnings(),
                    false);
        }
        if (!replace && !storeIsEmpty(home)) {
            throw new IllegalStateException("The store at " + home + " already holds a database");
        }
        long writing = System.nanoTime();
        Path staging = home.resolve("offline-import-" + request.id());
        try {
            Files.createDirectories(staging.resolve("conf"));
            Files.writeString(staging.resolve("conf/neo4j.conf"), "");
            Files.createDirectories(home.resolve("data/databases"));
            Files.createDirectories(home.resolve("data/transactions"));
            CsvFiles files = new CsvFiles(staging);
            DatasetWriter.Counts counts = writeCsv(files, request, checksum, result);
            files.close();
            List<String> args = new ArrayList<>(List.of("database", "import", "full"));
            files.nodeFiles.forEach(f -> args.add("--nodes=" + f));
            files.relationshipFiles.forEach(f -> args.add("--relationships=" + f));
            args.addAll(List.of(
                    "--array-delimiter=" + ARRAY_DELIMITER,
                    "--multiline-fields=true",
                    "--overwrite-destination=" + replace,
                    "--report-file=" + staging.resolve("import.report"),
                    "neo4j"));
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            PrintStream report = new PrintStream(output, true, StandardCharsets.UTF_8);
            int code = AdminTool.execute(
                    new ExecutionContext(
                            home, staging.resolve("conf"), report, report, new DefaultFileSystemAbstraction()),
                    args.toArray(String[]::new));
            String text = output.toString(StandardCharsets.UTF_8);
            log.print(text);
            if (code != 0 || !text.contains("IMPORT DONE")) {
                if (!replace) {
                    deleteTree(home.resolve("data/databases/neo4j"));
                    deleteTree(home.resolve("data/transactions/neo4j"));
                }
                throw new IllegalStateException(
                        "neo4j-admin database import stopped (exit code " + code + "): " + tail(text, 2000));
            }
            return new Outcome(
                    request,
                    checksum,
                    counts,
                    result.dataset().counts(),
                    validateMillis,
                    (System.nanoTime() - writing) / 1_000_000,
                    List.of(),
                    result.warnings(),
                    true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the offline import's files in " + staging, e);
        } finally {
            deleteTree(staging);
        }
    }

    /**
     * The nodes, the audit node and the relationships, deduplicated as {@link DatasetWriter} does:
     * a first pass over the graph finds each file's columns, the second writes the rows.
     */
    private static DatasetWriter.Counts writeCsv(
            CsvFiles files, ImportRequest request, String checksum, DatasetReader.Result result) throws IOException {
        Dataset dataset = result.dataset();
        GraphBuilder graph = new GraphBuilder(dataset, request.dataset());
        Map<String, Object> audit = audit(request, checksum, result);
        graph.nodes(node -> files.plan(nodeGroup(node), nodeProperties(node, request.id())));
        files.plan("Import", audit);

        DatasetWriter.LongSet ids = new DatasetWriter.LongSet();
        graph.relationships(rel -> {
            ids.add(DatasetWriter.hash(rel.properties().get("id").toString()));
            Map<String, Object> properties = new TreeMap<>(rel.properties());
            properties.put("relHash", "");
            files.plan(rel.type(), properties);
        });
        ids.seal();

        long[] nodes = {0};
        graph.nodes(node -> {
            files.node(nodeGroup(node), node.id(), nodeProperties(node, request.id()));
            nodes[0]++;
        });
        files.node("Import", request.id(), audit);
        Set<Long> repeatedWritten = new HashSet<>();
        long[] relationships = {0};
        graph.relationships(rel -> {
            long id = DatasetWriter.hash(rel.properties().get("id").toString());
            if (ids.repeated(id) && !repeatedWritten.add(id)) {
                return;
            }
            rel.properties().put("relHash", GraphBuilder.hash(rel.properties()));
            files.relationship(rel);
            relationships[0]++;
        });
        return new DatasetWriter.Counts(nodes[0], 0, 0, 0, relationships[0]);
    }

    /** A node's labels as written: {@code Entity} and its own, which also name its file. */
    private static String nodeGroup(NodeRow node) {
        return "Entity" + ARRAY_DELIMITER + String.join(String.valueOf(ARRAY_DELIMITER), node.labels());
    }

    private static Map<String, Object> nodeProperties(NodeRow node, String importId) {
        Map<String, Object> properties = new TreeMap<>(node.properties());
        properties.put("importId", importId);
        return properties;
    }

    /** The {@code :Import} node as the online path leaves it once writing began ({@code mode=offline}). */
    private static Map<String, Object> audit(ImportRequest request, String checksum, DatasetReader.Result result) {
        Map<String, Object> audit = ImportRepository.audit(request, checksum, ImportState.RUNNING);
        audit.put("totalRows", result.dataset().totalRows());
        audit.put("mode", "offline");
        if (!result.warnings().isEmpty()) {
            audit.put("warningCount", (long) result.warnings().size());
            audit.put(
                    "warnings",
                    result.warnings().stream().map(ValidationError::toString).toList());
        }
        return audit;
    }

    /**
     * The CSV files of one load: one per label set (nodes) or type (relationships), whose columns
     * are every property its rows hold, each with the type of its first value (an empty cell is an
     * absent property). neo4j-admin pays a fixed cost per file, so few files matter more than small
     * ones. A row whose value has another type than its column goes to a file of its own
     * signature instead, so no value is coerced.
     */
    private static final class CsvFiles {
        private final Path dir;
        private final Map<String, Map<String, String>> planned = new LinkedHashMap<>();
        private final Map<String, CSVPrinter> open = new LinkedHashMap<>();
        private final Map<String, List<String>> columns = new LinkedHashMap<>();
        final List<String> nodeFiles = new ArrayList<>();
        final List<String> relationshipFiles = new ArrayList<>();

        CsvFiles(Path dir) {
            this.dir = dir;
        }

        /** First pass: the columns of {@code group}'s file. */
        void plan(String group, Map<String, Object> properties) {
            Map<String, String> types = planned.computeIfAbsent(group, g -> new TreeMap<>());
            properties.forEach((k, v) -> {
                if (!k.equals("id") || !isNodeGroup(group)) {
                    types.putIfAbsent(k, type(v));
                }
            });
        }

        private boolean isNodeGroup(String group) {
            return group.equals("Import") || group.startsWith("Entity" + ARRAY_DELIMITER);
        }

        void node(String group, String id, Map<String, Object> properties) {
            Map<String, Object> rest = new TreeMap<>(properties);
            rest.remove("id");
            String key = fits(group, rest) ? group : group + "|" + signature(rest);
            CSVPrinter printer =
                    printer(key, "nodes", rest, new ArrayList<>(List.of("id:ID", ":LABEL")), nodeFiles, group);
            List<Object> record = new ArrayList<>();
            record.add(id);
            record.add(group);
            columns.get(key).forEach(k -> record.add(text(rest.get(k))));
            print(printer, record);
        }

        void relationship(RelRow rel) {
            Map<String, Object> properties = new TreeMap<>(rel.properties());
            String key = fits(rel.type(), properties) ? rel.type() : rel.type() + "|" + signature(properties);
            CSVPrinter printer = printer(
                    key,
                    "relationships",
                    properties,
                    new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE")),
                    relationshipFiles,
                    rel.type());
            List<Object> record = new ArrayList<>();
            record.add(rel.from());
            record.add(rel.to());
            record.add(rel.type());
            columns.get(key).forEach(k -> record.add(text(properties.get(k))));
            print(printer, record);
        }

        /** Whether every value has its planned column's type. */
        private boolean fits(String group, Map<String, Object> properties) {
            Map<String, String> types = planned.get(group);
            for (Map.Entry<String, Object> property : properties.entrySet()) {
                if (!type(property.getValue()).equals(types.get(property.getKey()))) {
                    return false;
                }
            }
            return true;
        }

        private CSVPrinter printer(
                String key,
                String prefix,
                Map<String, Object> row,
                List<String> header,
                List<String> names,
                String group) {
            CSVPrinter printer = open.get(key);
            if (printer != null) {
                return printer;
            }
            String name = prefix + "-" + names.size() + ".csv";
            Map<String, String> types = new TreeMap<>();
            if (key.equals(group)) {
                types.putAll(planned.get(group));
            } else {
                row.forEach((k, v) -> types.put(k, type(v)));
            }
            types.forEach((k, type) -> header.add(k + ":" + type));
            try {
                BufferedWriter writer = Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
                printer = new CSVPrinter(writer, CSV);
                printer.printRecord(header);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + dir.resolve(name), e);
            }
            open.put(key, printer);
            columns.put(key, new ArrayList<>(types.keySet()));
            names.add(dir.resolve(name).toString());
            return printer;
        }

        void close() throws IOException {
            for (CSVPrinter printer : open.values()) {
                printer.close();
            }
        }

        private static void print(CSVPrinter printer, List<Object> record) {
            try {
                printer.printRecord(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The property keys and their neo4j-admin types, which decide the file a row goes to. */
    private static String signature(Map<String, Object> properties) {
        StringBuilder signature = new StringBuilder();
        properties.forEach(
                (k, v) -> signature.append(k).append(':').append(type(v)).append(','));
        return signature.toString();
    }

    private static String type(Object value) {
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Long || value instanceof Integer) {
            return "long";
        }
        if (value instanceof Double) {
            return "double";
        }
        if (value instanceof Boolean) {
            return "boolean";
        }
        if (value instanceof LocalDate) {
            return "date";
        }
        if (value instanceof ZonedDateTime) {
            return "datetime";
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return "string[]";
        }
        throw new IllegalArgumentException(
                "A property of type " + value.getClass().getName() + " cannot be written offline: " + value);
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof ZonedDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof List<?> list) {
            StringBuilder joined = new StringBuilder();
            for (Object item : list) {
                String s = (String) item;
                if (s.indexOf(ARRAY_DELIMITER) >= 0) {
                    throw new IllegalArgumentException("A list item holds the character U+001F: " + s);
                }
                if (!joined.isEmpty()) {
                    joined.append(ARRAY_DELIMITER);
                }
                joined.append(s);
            }
            return joined.toString();
        }
        return String.valueOf(value);
    }

    private static String tail(String text, int max) {
        return text.length() <= max
                ? text.strip()
                : "…" + text.substring(text.length() - max).strip();
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try {
            Staging.deleteTree(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }
}

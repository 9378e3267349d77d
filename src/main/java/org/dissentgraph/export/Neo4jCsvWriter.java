package org.dissentgraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A zip of CSV files for {@code neo4j-admin database import full}, written entry by entry as rows
 * arrive: one nodes file per main label ({@code nodes-Person.csv}: {@code id:ID,:LABEL,name:string,...}),
 * one relationships file per type ({@code relationships-CRITICIZED.csv}:
 * {@code :START_ID,:END_ID,:TYPE,id:string,...}), and a README.txt with the import command and what
 * each file holds. Lists and labels are separated by {@code ;} (the command's
 * {@code --array-delimiter}); an empty cell is an absent property. Derived values (faction) are
 * left out: the files load back exactly the nodes, labels, relationships and properties exported.
 */
final class Neo4jCsvWriter implements ExportWriter {

    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private final ZipOutputStream zip;
    private final Writer text;
    private final Selection selection;
    private ExportSchema schema;

    /** The files written, in order, with their row counts and, for nodes, their label sets. */
    private final Map<String, Integer> rows = new LinkedHashMap<>();

    private final Map<String, Set<String>> labelSets = new LinkedHashMap<>();
    private final List<String> nodeFiles = new ArrayList<>();
    private final List<String> relationshipFiles = new ArrayList<>();

    private String group;
    private String file;
    private List<Map.Entry<String, PropertyType>> columns;
    private CSVPrinter printer;

    Neo4jCsvWriter(OutputStream out, Selection selection) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        this.text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        this.selection = selection;
    }

    @Override
    public void start(ExportSchema schema) {
        this.schema = schema;
    }

    @Override
    public void node(ExportNode node) throws IOException {
        String label = node.type() == null ? "Entity" : node.type();
        if (!label.equals(group)) {
            SortedMap<String, PropertyType> properties = schema.nodeColumns(label);
            properties.remove("id");
            List<String> header = new ArrayList<>(List.of("id:ID", ":LABEL"));
            open("nodes-" + fileName(label) + ".csv", label, properties, header);
            nodeFiles.add(file);
        }
        labelSets
                .computeIfAbsent(file, f -> new LinkedHashSet<>())
                .add(String.join(Values.LIST_DELIMITER, node.labels()));
        List<Object> record = new ArrayList<>();
        record.add(node.id());
        record.add(String.join(Values.LIST_DELIMITER, node.labels()));
        values(record, node.properties());
        printer.printRecord(record);
        rows.merge(file, 1, Integer::sum);
    }

    @Override
    public void startEdges() throws IOException {
        close();
        group = null;
    }

    @Override
    public void edge(ExportEdge edge) throws IOException {
        if (!edge.type().equals(group)) {
            SortedMap<String, PropertyType> properties = schema.edgeColumns(edge.type());
            open(
                    "relationships-" + fileName(edge.type()) + ".csv",
                    edge.type(),
                    properties,
                    new ArrayList<>(List.of(":START_ID", ":END_ID", ":TYPE")));
            relationshipFiles.add(file);
        }
        List<Object> record = new ArrayList<>();
        record.add(edge.source());
        record.add(edge.target());
        record.add(edge.type());
        values(record, edge.properties());
        printer.printRecord(record);
        rows.merge(file, 1, Integer::sum);
    }

    private void open(String name, String newGroup, SortedMap<String, PropertyType> properties, List<String> header)
            throws IOException {
        close();
        if (rows.containsKey(name)) {
            throw new IllegalStateException(
                    name + " would be written twice: rows must arrive grouped by label and type");
        }
        group = newGroup;
        file = name;
        columns = new ArrayList<>(properties.entrySet());
        // a relationship's stable id first, after :START_ID,:END_ID,:TYPE
        columns.sort(Comparator.comparing(column -> !column.getKey().equals("id")));
        columns.forEach(
                column -> header.add(column.getKey() + ":" + column.getValue().neo4jAdmin()));
        zip.putNextEntry(new ZipEntry(name));
        printer = new CSVPrinter(text, CSV);
        printer.printRecord(header);
        rows.put(name, 0);
    }

    private void values(List<Object> record, Map<String, Object> properties) {
        for (Map.Entry<String, PropertyType> column : columns) {
            record.add(Values.text(properties.get(column.getKey())));
        }
    }

    /** Ends the current CSV entry (its printer is flushed, not closed: that would close the zip). */
    private void close() throws IOException {
        if (printer != null) {
            printer.flush();
            text.flush();
            zip.closeEntry();
            printer = null;
        }
    }

    private static String fileName(String name) {
        return name.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    @Override
    public void finish() throws IOException {
        close();
        zip.putNextEntry(new ZipEntry("README.txt"));
        text.write(readme());
        text.flush();
        zip.closeEntry();
        zip.finish();
        zip.flush();
    }

    /** The exact import command for these files. */
    String command() {
        StringBuilder command = new StringBuilder("neo4j-admin database import full");
        nodeFiles.forEach(f -> command.append(" --nodes=").append(f));
        relationshipFiles.forEach(f -> command.append(" --relationships=").append(f));
        command.append(" --array-delimiter=\";\" --multiline-fields=true neo4j");
        return command.toString();
    }

    private String readme() {
        StringBuilder readme = new StringBuilder();
        readme.append("Dissent Graph: CSV files for neo4j-admin database import\n");
        readme.append(selection.describe()).append(".\n\n");
        readme.append("Import them into a new database (Neo4j 5; the database must be stopped, or not exist yet),\n");
        readme.append("from the folder holding these files:\n\n    ")
                .append(command())
                .append("\n\n");
        readme.append(
                "Add --overwrite-destination=true to replace an existing database named neo4j, or name another\n");
        readme.append(
                "database at the end (then CREATE DATABASE it in Neo4j). --multiline-fields=true is needed because\n");
        readme.append(
                "some texts hold line breaks. Then start Neo4j; Dissent Graph pointed at it (NEO4J_URI) creates its\n");
        readme.append("constraints and indexes at start-up, or create the main one yourself:\n\n");
        readme.append("    CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n\n");
        readme.append("Files:\n");
        for (String f : nodeFiles) {
            readme.append("  ")
                    .append(f)
                    .append(": ")
                    .append(rows.get(f))
                    .append(" nodes labelled ")
                    .append(String.join(" or ", labelSets.getOrDefault(f, Set.of())))
                    .append('\n');
        }
        for (String f : relationshipFiles) {
            readme.append("  ")
                    .append(f)
                    .append(": ")
                    .append(rows.get(f))
                    .append(" relationships of type ")
                    .append(f.substring("relationships-".length(), f.length() - ".csv".length()))
                    .append('\n');
        }
        readme.append("  README.txt: this file\n\n");
        readme.append(
                "Columns: in a nodes file, id:ID is the node's stable id (stored as its property id and used by\n");
        readme.append("the relationships files) and :LABEL its labels separated by ';'. In a relationships file,\n");
        readme.append(":START_ID and :END_ID are node ids and :TYPE the relationship type; id is the relationship's\n");
        readme.append("stable id. Every other header is property:type, type one of string, long, double, boolean,\n");
        readme.append(
                "date (ISO yyyy-mm-dd), or string[] / long[] / double[] / boolean[] for lists, whose items are\n");
        readme.append("separated by ';'. An empty cell means the property is absent.\n");
        return readme.toString();
    }

    @Override
    public void flush() throws IOException {
        if (printer != null) {
            printer.flush();
        }
        text.flush();
    }
}

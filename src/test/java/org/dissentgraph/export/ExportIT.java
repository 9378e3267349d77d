package org.dissentgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.lang.reflect.Array;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dissentgraph.model.RelType;
import org.dissentgraph.support.Api;
import org.dissentgraph.support.DatabaseTest;
import org.dissentgraph.support.Processes;
import org.dissentgraph.web.ApiProblem;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.GraphDatabaseService;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every export format read back by a parser that is not ours (JGraphT's GraphML importer with the
 * GraphML schema, the JDK's DOM, Micronaut's JSON mapper, commons-csv), its nodes and
 * relationships counted against the graph itself with Cypher.
 */
@MicronautTest
class ExportIT extends DatabaseTest {

    /** The nodes of a whole-graph export, as the test counts them: every dataset node but the sources. */
    private static final String NODES = """
            MATCH (n:Entity)
            WHERE ($sources OR NOT n:Source)
              AND ($to IS NULL OR n.earliest IS NULL OR n.earliest <= $to)
              AND ($from IS NULL OR n.latest IS NULL OR n.latest >= $from)
            """;

    /** The relationships among them that can overlap the window. */
    private static final String EDGES = """
            MATCH (a:Entity)-[r]->(b:Entity)
            WHERE ($sources OR (NOT a:Source AND NOT b:Source))
              AND all(x IN [a, b, r] WHERE ($to IS NULL OR x.earliest IS NULL OR x.earliest <= $to)
                                       AND ($from IS NULL OR x.latest IS NULL OR x.latest >= $from))
            """;

    @Inject
    @Client("/")
    HttpClient http;

    /** A free port, not 8080: other services and test runs on the same machine may hold that one. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    @Inject
    JsonMapper json;

    @Inject
    Driver driver;

    // --- GraphML ---------------------------------------------------------------------------------

    @Test
    void the_whole_graph_as_graphml_passes_the_graphml_schema_in_jgrapht_and_has_every_node_and_relationship()
            throws Exception {
        HttpResponse<byte[]> response = download("/api/export/graphml");

        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/graphml+xml"));
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"dissent-graph.graphml\"");
        ParsedGraphMl graph = parseGraphMl(response.body());

        assertThat(graph.graph().vertexSet()).hasSize((int) count(NODES, window(null, null, false)));
        assertThat(graph.graph().edgeSet()).hasSize((int) count(EDGES, window(null, null, false)));
        assertThat(graph.graph().vertexSet())
                .contains("kossior-vladimir", "rcp-b")
                .doesNotContain("gs-first-purges");
    }

    @Test
    void edge_types_survive_the_graphml_round_trip_as_a_declared_edge_attribute() throws Exception {
        ParsedGraphMl graph = parseGraphMl(download("/api/export/graphml").body());

        Map<String, String> parsed = new HashMap<>();
        graph.edges()
                .values()
                .forEach(data ->
                        parsed.put(data.get("id").getValue(), data.get("type").getValue()));
        Map<String, String> stored = new HashMap<>();
        rows(EDGES + "RETURN r.id AS id, type(r) AS type", window(null, null, false))
                .forEach(r -> stored.put(r.get("id").asString(), r.get("type").asString()));
        assertThat(parsed).isEqualTo(stored);
        assertThat(graph.edges().values())
                .allSatisfy(data -> assertThat(data.get("type").getType()).isEqualTo(AttributeType.STRING));
    }

    @Test
    void graphml_keeps_every_property_with_its_type_and_the_labels_and_type_of_each_node() throws Exception {
        ParsedGraphMl graph = parseGraphMl(download("/api/export/graphml").body());

        Map<String, Attribute> congress = graph.nodes().get("congress-11");
        assertThat(congress.get("labels").getValue()).isEqualTo(":Entity:Congress:Meeting");
        assertThat(congress.get("type").getValue()).isEqualTo("Congress");
        assertThat(congress.get("number").getType()).isEqualTo(AttributeType.LONG);
        assertThat(congress.get("number").getValue()).isEqualTo("11");
        assertThat(congress.get("earliest").getType()).isEqualTo(AttributeType.STRING);
        assertThat(LocalDate.parse(congress.get("earliest").getValue())).isNotNull();
        Map<String, Attribute> kossior = graph.nodes().get("kossior-vladimir");
        assertThat(kossior.get("name").getValue()).isEqualTo("Vladimir Kossior");
        assertThat(kossior.get("aliases").getValue()).contains(";");
        assertThat(graph.nodes().values().stream().filter(data -> data.containsKey("shareExpelled")))
                .isNotEmpty()
                .allSatisfy(
                        data -> assertThat(data.get("shareExpelled").getType()).isEqualTo(AttributeType.DOUBLE));
        assertThat(graph.nodes().values().stream().filter(data -> data.containsKey("approximate")))
                .isNotEmpty()
                .allSatisfy(
                        data -> assertThat(data.get("approximate").getType()).isEqualTo(AttributeType.BOOLEAN));
        // every property of every node survives, by name and value
        for (Record r : rows(NODES + "RETURN n.id AS id, properties(n) AS properties", window(null, null, false))) {
            Map<String, Attribute> data = graph.nodes().get(r.get("id").asString());
            r.get("properties")
                    .asMap()
                    .forEach((name, value) -> assertThat(data)
                            .as(r.get("id").asString() + "." + name)
                            .containsKey(name));
        }
    }

    // --- GEXF ------------------------------------------------------------------------------------

    @Test
    void gexf_is_dynamic_gexf_1_3_with_start_and_end_dates_and_every_node_and_relationship() throws Exception {
        HttpResponse<byte[]> response = download("/api/export/gexf");

        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/gexf+xml"));
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"dissent-graph.gexf\"");
        // No Maven Central artifact carries the GEXF 1.3 schema (JGraphT ships 1.2draft), so the
        // structure is checked here instead.
        Document doc = dom(response.body());
        Element gexf = doc.getDocumentElement();
        assertThat(gexf.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(gexf.getLocalName()).isEqualTo("gexf");
        assertThat(gexf.getAttribute("version")).isEqualTo("1.3");
        Element graph = only(gexf, "graph");
        assertThat(graph.getAttribute("mode")).isEqualTo("dynamic");
        assertThat(graph.getAttribute("timeformat")).isEqualTo("date");
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");

        Map<String, Set<String>> declared = new HashMap<>();
        for (Element attributes : children(graph, "attributes")) {
            declared.put(
                    attributes.getAttribute("class"),
                    children(attributes, "attribute").stream()
                            .map(a -> a.getAttribute("id"))
                            .collect(Collectors.toSet()));
        }
        assertThat(declared.get("node")).contains("type", "name", "faction", "labels", "earliest", "latest");
        assertThat(declared.get("edge")).contains("type", "date");

        List<Element> nodes = children(only(graph, "nodes"), "node");
        List<Element> edges = children(only(graph, "edges"), "edge");
        assertThat(nodes).hasSize((int) count(NODES, window(null, null, false)));
        assertThat(edges).hasSize((int) count(EDGES, window(null, null, false)));

        Map<String, String> starts = new HashMap<>();
        Map<String, String> ends = new HashMap<>();
        // the timeline (Spells): a document is open-ended, a faction criticized after its end lasts to then
        rows(
                        NODES + "RETURN n.id AS id, toString(n.earliest) AS earliest,"
                                + " CASE WHEN n:Document THEN null"
                                + " ELSE toString(coalesce(head(COLLECT { MATCH (n:Faction)<-[c:CRITICIZED]-()"
                                + " WHERE c.latest > n.latest RETURN c.latest ORDER BY c.latest DESC }), n.latest))"
                                + " END AS latest",
                        window(null, null, false))
                .forEach(r -> {
                    starts.put(r.get("id").asString(), r.get("earliest").asString(""));
                    ends.put(r.get("id").asString(), r.get("latest").asString(""));
                });
        for (Element node : nodes) {
            String id = node.getAttribute("id");
            assertThat(node.getAttribute("start")).as(id).isEqualTo(starts.get(id));
            assertThat(node.getAttribute("end")).as(id).isEqualTo(ends.get(id));
            assertThat(node.getAttribute("label")).as(id).isNotBlank();
            attvalues(node)
                    .keySet()
                    .forEach(key -> assertThat(declared.get("node")).as(id).contains(key));
        }
        Element criticized = edges.stream()
                .filter(e -> e.getAttribute("source").equals("kossior-vladimir")
                        && e.getAttribute("target").equals("rcp-b")
                        && e.getAttribute("kind").equals("CRITICIZED"))
                .findFirst()
                .orElseThrow();
        assertThat(criticized.getAttribute("start")).isEqualTo("1922-03-27");
        assertThat(criticized.getAttribute("end")).isEqualTo("1922-04-02");
        assertThat(attvalues(criticized)).containsEntry("type", "CRITICIZED");
        assertThat(edges)
                .allSatisfy(e -> assertThat(attvalues(e).get("type"))
                        .isEqualTo(e.getAttribute("kind"))
                        .isNotBlank());
    }

    // --- Cytoscape -------------------------------------------------------------------------------

    @Test
    void cytoscape_json_reads_back_with_every_node_and_relationship_and_their_types() throws Exception {
        HttpResponse<byte[]> response = download("/api/export/cytoscape");

        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).startsWith("application/json"));
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"dissent-graph.cyjs\"");
        Cytoscape cy = cytoscape(response.body());

        assertThat(cy.nodes()).hasSize((int) count(NODES, window(null, null, false)));
        assertThat(cy.edges()).hasSize((int) count(EDGES, window(null, null, false)));
        Set<String> ids = cy.nodes().stream().map(n -> (String) n.get("id")).collect(Collectors.toSet());
        assertThat(cy.edges()).allSatisfy(e -> {
            assertThat(ids).contains((String) e.get("source"), (String) e.get("target"));
            assertThat((String) e.get("type")).isNotBlank();
        });
        Map<String, Object> kossior = cy.node("kossior-vladimir");
        assertThat(kossior).containsEntry("label", "Vladimir Kossior").containsEntry("type", "Person");
        assertThat(kossior.get("labels")).isEqualTo(List.of("Entity", "Person"));
        assertThat(kossior.get("aliases")).isInstanceOf(List.class);
        assertThat(cy.node("congress-11").get("number")).isEqualTo(11);
        assertThat(cy.node("kollontai-alexandra")).containsEntry("faction", "workers-opposition");
    }

    @Test
    void with_sources_the_export_also_holds_every_source_and_citation() throws Exception {
        Cytoscape cy = cytoscape(download("/api/export/cytoscape?sources=true").body());

        assertThat(cy.nodes()).hasSize((int) count(NODES, window(null, null, true)));
        assertThat(cy.edges()).hasSize((int) count(EDGES, window(null, null, true)));
        assertThat(cy.nodes()).anySatisfy(n -> assertThat(n).containsEntry("type", "Source"));
        assertThat(cy.edges()).anySatisfy(e -> assertThat(e).containsEntry("type", "CITES"));
    }

    // --- neo4j-admin CSV -------------------------------------------------------------------------

    @Test
    void the_neo4j_csv_zip_has_a_file_per_label_and_type_whose_rows_match_the_graph_and_a_readme_with_the_command()
            throws Exception {
        HttpResponse<byte[]> response = download("/api/export/neo4j-csv");

        assertThat(response.getContentType())
                .hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/zip"));
        assertThat(response.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"dissent-graph.zip\"");
        Map<String, String> files = unzip(response.body());

        Map<String, Long> nodesPerLabel = new HashMap<>();
        rows(NODES + "RETURN n.type AS type, count(*) AS n", window(null, null, false))
                .forEach(r ->
                        nodesPerLabel.put(r.get("type").asString(), r.get("n").asLong()));
        Map<String, Long> edgesPerType = new HashMap<>();
        rows(EDGES + "RETURN type(r) AS type, count(*) AS n", window(null, null, false))
                .forEach(r ->
                        edgesPerType.put(r.get("type").asString(), r.get("n").asLong()));
        Set<String> expected = new java.util.TreeSet<>();
        nodesPerLabel.keySet().forEach(label -> expected.add("nodes-" + label + ".csv"));
        edgesPerType.keySet().forEach(type -> expected.add("relationships-" + type + ".csv"));
        expected.add("README.txt");
        assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);

        Set<String> nodeIds = new java.util.HashSet<>();
        for (Map.Entry<String, Long> label : nodesPerLabel.entrySet()) {
            List<CSVRecord> records = csv(files.get("nodes-" + label.getKey() + ".csv"));
            List<String> header = records.get(0).toList();
            assertThat(header.subList(0, 2)).containsExactly("id:ID", ":LABEL");
            assertThat(header)
                    .allSatisfy(
                            column -> assertThat(column)
                                    .matches(
                                            "id:ID|:LABEL|[A-Za-z]+:(string|long|double|boolean|date|string\\[]|long\\[]|double\\[]|boolean\\[])"));
            assertThat(records.subList(1, records.size()))
                    .as(label.getKey())
                    .hasSize(label.getValue().intValue())
                    .allSatisfy(row -> assertThat(row.get(1).split(";")).contains("Entity", label.getKey()));
            records.subList(1, records.size()).forEach(row -> nodeIds.add(row.get(0)));
        }
        for (Map.Entry<String, Long> type : edgesPerType.entrySet()) {
            List<CSVRecord> records = csv(files.get("relationships-" + type.getKey() + ".csv"));
            assertThat(records.get(0).toList().subList(0, 4))
                    .containsExactly(":START_ID", ":END_ID", ":TYPE", "id:string");
            assertThat(records.subList(1, records.size()))
                    .as(type.getKey())
                    .hasSize(type.getValue().intValue())
                    .allSatisfy(row -> {
                        assertThat(row.get(2)).isEqualTo(type.getKey());
                        assertThat(nodeIds).contains(row.get(0), row.get(1));
                    });
        }
        List<String> persons = csv(files.get("nodes-Person.csv")).get(0).toList();
        assertThat(persons)
                .contains("aliases:string[]", "earliest:date", "name:string")
                .doesNotContain("faction:string");
        assertThat(csv(files.get("nodes-Congress.csv")).get(0).toList()).contains("number:long");

        String readme = files.get("README.txt");
        assertThat(readme).contains("neo4j-admin database import full", "--array-delimiter=\";\"", " neo4j\n");
        expected.stream()
                .filter(f -> !f.equals("README.txt"))
                .forEach(f -> assertThat(readme).contains("=" + f, "  " + f + ": "));
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_neo4j_csv_export_loads_with_the_command_of_its_readme_into_an_identical_graph(@TempDir Path dir)
            throws Exception {
        Map<String, String> files =
                unzip(download("/api/export/neo4j-csv?sources=true").body());
        Path csv = Files.createDirectories(dir.resolve("csv"));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(csv.resolve(file.getKey()), file.getValue());
        }
        String command = files.get("README.txt")
                .lines()
                .map(String::strip)
                .filter(line -> line.startsWith("neo4j-admin database import full"))
                .findFirst()
                .orElseThrow();
        Path home = Files.createDirectories(dir.resolve("neo4j"));
        Files.createDirectories(home.resolve("conf"));
        Files.writeString(home.resolve("conf/neo4j.conf"), "");

        // neo4j-admin is Neo4j's AdminTool; the test classpath holds it (the harness brings the import tool).
        // The command runs as a shell would run it: in the folder of the files, quotes removed.
        List<String> java = new ArrayList<>(
                Processes.java("-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.neo4j.cli.AdminTool"));
        Arrays.stream(command.substring("neo4j-admin ".length()).split(" "))
                .map(arg -> arg.replace("\"", ""))
                .forEach(java::add);
        ProcessBuilder builder = new ProcessBuilder(java)
                .directory(csv.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("import.log").toFile());
        builder.environment().put("NEO4J_HOME", home.toString());
        builder.environment().put("NEO4J_CONF", home.resolve("conf").toString());
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("import finished").isTrue();
        String log = Files.readString(dir.resolve("import.log"));
        assertThat(process.exitValue()).as(log).isZero();
        assertThat(log).contains("IMPORT DONE");

        Map<String, Object> all = window(null, null, true);
        Map<String, Map<String, Object>> storedNodes = new HashMap<>();
        rows(NODES + "RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties", all)
                .forEach(r -> storedNodes.put(
                        r.get("id").asString(),
                        Map.of(
                                "labels",
                                Set.copyOf(r.get("labels").asList(v -> v.asString())),
                                "properties",
                                plain(r.get("properties").asMap()))));
        Map<String, Map<String, Object>> storedEdges = new HashMap<>();
        rows(EDGES + "RETURN r.id AS id, a.id AS a, b.id AS b, type(r) AS type, properties(r) AS properties", all)
                .forEach(r -> storedEdges.put(
                        r.get("id").asString(),
                        Map.of(
                                "ends",
                                r.get("a").asString() + ">" + r.get("b").asString(),
                                "type",
                                r.get("type").asString(),
                                "properties",
                                plain(r.get("properties").asMap()))));

        DatabaseManagementService imported = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.pagecache_memory, 32L * 1024 * 1024)
                .build();
        try {
            GraphDatabaseService db = imported.database("neo4j");
            Map<String, Map<String, Object>> importedNodes = new HashMap<>();
            db.executeTransactionally(
                    "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties",
                    Map.of(),
                    result -> {
                        result.forEachRemaining(row -> importedNodes.put(
                                (String) row.get("id"),
                                Map.of(
                                        "labels", Set.copyOf((List<?>) row.get("labels")),
                                        "properties", plain((Map<String, Object>) row.get("properties")))));
                        return null;
                    });
            Map<String, Map<String, Object>> importedEdges = new HashMap<>();
            db.executeTransactionally(
                    "MATCH (a)-[r]->(b) RETURN r.id AS id, a.id AS a, b.id AS b, type(r) AS type, "
                            + "properties(r) AS properties",
                    Map.of(),
                    result -> {
                        result.forEachRemaining(row -> importedEdges.put(
                                (String) row.get("id"),
                                Map.of(
                                        "ends",
                                        row.get("a") + ">" + row.get("b"),
                                        "type",
                                        row.get("type"),
                                        "properties",
                                        plain((Map<String, Object>) row.get("properties")))));
                        return null;
                    });
            assertThat(storedNodes).hasSizeGreaterThan(500);
            assertThat(importedNodes).hasSize(storedNodes.size()).isEqualTo(storedNodes);
            assertThat(importedEdges).hasSize(storedEdges.size()).isEqualTo(storedEdges);
        } finally {
            imported.shutdown();
        }
    }

    /** Property values in one shape whichever API read them: arrays as lists. */
    private static Map<String, Object> plain(Map<String, Object> properties) {
        Map<String, Object> plain = new HashMap<>();
        properties.forEach((name, value) -> plain.put(
                name,
                value != null && value.getClass().isArray()
                        ? IntStream.range(0, Array.getLength(value))
                                .mapToObj(i -> Array.get(value, i))
                                .toList()
                        : value));
        return plain;
    }

    // --- selections ------------------------------------------------------------------------------

    @Test
    void an_ego_export_of_kossior_at_depth_one_holds_his_criticized_edge_to_rcp_b_with_its_type() throws Exception {
        HttpResponse<byte[]> response = download("/api/export/graphml?ego=kossior-vladimir&depth=1");
        ParsedGraphMl graph = parseGraphMl(response.body());

        assertThat(response.header(ExportController.TRUNCATED)).isEqualTo("false");
        DefaultEdge criticized = graph.graph().getAllEdges("kossior-vladimir", "rcp-b").stream()
                .filter(e -> graph.edges().get(e).get("type").getValue().equals("CRITICIZED"))
                .findFirst()
                .orElseThrow();
        assertThat(graph.edges().get(criticized).get("date").getValue()).isEqualTo("1922-03-27/1922-04-02");

        // the same subgraph as the ego view of the graph feature
        Map<String, Object> view = json.readValue(
                http.toBlocking().retrieve("/api/graph/ego/kossior-vladimir?depth=1"),
                Argument.mapOf(String.class, Object.class));
        List<?> viewNodes = (List<?>) view.get("nodes");
        List<?> viewEdges = (List<?>) view.get("edges");
        assertThat(graph.graph().vertexSet()).hasSize(viewNodes.size());
        assertThat(graph.graph().edgeSet()).hasSize(viewEdges.size());
        List<String> ids = new ArrayList<>(graph.graph().vertexSet());
        long stored = count("""
                MATCH (a:Entity)-[r]->(b:Entity)
                WHERE a.id IN $ids AND b.id IN $ids
                  AND type(r) IN $rels
                """, Map.of("ids", ids, "rels", RelType.names(RelType.Group.ACTOR)));
        assertThat(graph.graph().edgeSet()).hasSize((int) stored);
    }

    @Test
    void an_ego_export_with_sources_adds_the_sources_its_nodes_cite() throws Exception {
        Cytoscape plain =
                cytoscape(download("/api/export/cytoscape?ego=kossior-vladimir").body());
        Cytoscape cited = cytoscape(download("/api/export/cytoscape?ego=kossior-vladimir&sources=true")
                .body());

        List<String> ids = plain.nodes().stream().map(n -> (String) n.get("id")).toList();
        long sources = count("""
                UNWIND $ids AS id MATCH (:Entity {id: id})-[:CITES]->(s:Source)
                WITH DISTINCT s
                """, Map.of("ids", ids));
        long citations = count("MATCH (n:Entity)-[c:CITES]->(:Source) WHERE n.id IN $ids", Map.of("ids", ids));
        assertThat(sources).isPositive();
        assertThat(cited.nodes()).hasSize(plain.nodes().size() + (int) sources);
        assertThat(cited.edges().stream().filter(e -> e.get("type").equals("CITES")))
                .hasSize((int) citations);
    }

    @Test
    void a_from_to_window_shrinks_the_export_to_what_can_overlap_it() throws Exception {
        Cytoscape whole = cytoscape(download("/api/export/cytoscape").body());
        Cytoscape window =
                cytoscape(download("/api/export/cytoscape?from=1921&to=1921").body());

        Map<String, Object> params = window(LocalDate.of(1921, 1, 1), LocalDate.of(1921, 12, 31), false);
        assertThat(window.nodes())
                .hasSize((int) count(NODES, params))
                .hasSizeLessThan(whole.nodes().size());
        assertThat(window.edges())
                .hasSize((int) count(EDGES, params))
                .hasSizeLessThan(whole.edges().size());
        assertThat(window.nodes()).allSatisfy(node -> {
            if (node.get("earliest") != null) {
                assertThat(LocalDate.parse((String) node.get("earliest")))
                        .isBeforeOrEqualTo(LocalDate.of(1921, 12, 31));
            }
            if (node.get("latest") != null) {
                assertThat(LocalDate.parse((String) node.get("latest"))).isAfterOrEqualTo(LocalDate.of(1921, 1, 1));
            }
        });
        assertThat(window.node("kollontai-alexandra")).isNotNull();
        assertThat(window.nodes()).noneSatisfy(n -> assertThat(n.get("id")).isEqualTo("trotsky-expulsion-1927"));
    }

    @Test
    void the_export_is_streamed_in_chunks_without_a_content_length() {
        HttpResponse<byte[]> response = download("/api/export/gexf?sources=true");

        assertThat(response.header(HttpHeaders.CONTENT_LENGTH)).isNull();
        assertThat(response.header(HttpHeaders.TRANSFER_ENCODING)).isEqualTo("chunked");
    }

    // --- bad input -------------------------------------------------------------------------------

    @Test
    void an_unknown_format_is_a_400_problem_listing_the_formats() {
        ApiProblem problem = problem("/api/export/pajek", 400);

        assertThat(problem.parameter()).isEqualTo("format");
        assertThat(problem.accepted()).containsExactly("graphml", "gexf", "cytoscape", "neo4j-csv");
        assertThat(problem.detail()).contains("pajek");
    }

    @Test
    void an_unknown_ego_is_a_404_problem_naming_ego() {
        ApiProblem problem = problem("/api/export/graphml?ego=no-such-person", 404);

        assertThat(problem.parameter()).isEqualTo("ego");
        assertThat(problem.detail()).contains("no-such-person");
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @CsvSource({
        "/api/export/graphml?from=1921-13, from",
        "/api/export/graphml?to=soon, to",
        "/api/export/graphml?from=1922&to=1921, to",
        "/api/export/graphml?ego=kossior-vladimir&depth=4, depth",
        "/api/export/graphml?ego=kossior-vladimir&depth=abc, depth",
        "/api/export/graphml?ego=kossior-vladimir&maxNodes=0, maxNodes",
        "/api/export/graphml?ego=kossior-vladimir&rel=LIKED, rel",
        "/api/export/graphml?ego=Kossior!, ego",
        "/api/export/graphml?depth=2, depth",
        "/api/export/gexf?sources=maybe, sources",
    })
    void bad_input_is_a_400_problem_naming_the_parameter(String uri, String parameter) {
        ApiProblem problem = problem(uri, 400);

        assertThat(problem.parameter()).isEqualTo(parameter);
        assertThat(problem.detail()).isNotBlank();
        assertThat(problem.accepted()).isNotEmpty();
    }

    // --- helpers ---------------------------------------------------------------------------------

    private HttpResponse<byte[]> download(String uri) {
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
        assertThat(response.code()).as(uri).isEqualTo(200);
        return response;
    }

    private ApiProblem problem(String uri, int status) {
        return new Api(http, json).problem(uri, status);
    }

    private static Map<String, Object> window(LocalDate from, LocalDate to, boolean sources) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("sources", sources);
        return parameters;
    }

    private long count(String match, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(match + " RETURN count(*) AS n", Values.value(parameters))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    private List<Record> rows(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, Values.value(parameters)).list();
        }
    }

    /** A GraphML file as JGraphT reads it, validating it against the GraphML schema, with every node's and edge's data. */
    private record ParsedGraphMl(
            Graph<String, DefaultEdge> graph,
            Map<String, Map<String, Attribute>> nodes,
            Map<DefaultEdge, Map<String, Attribute>> edges) {}

    private static ParsedGraphMl parseGraphMl(byte[] body) throws Exception {
        Graph<String, DefaultEdge> graph = GraphTypeBuilder.<String, DefaultEdge>directed()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(true)
                .edgeSupplier(SupplierUtil.createDefaultEdgeSupplier())
                .buildGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edges = new IdentityHashMap<>();
        importer.addVertexAttributeConsumer((p, a) ->
                nodes.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.addEdgeAttributeConsumer((p, a) ->
                edges.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        importer.importGraph(graph, new StringReader(new String(body, StandardCharsets.UTF_8)));
        return new ParsedGraphMl(graph, nodes, edges);
    }

    private static Document dom(byte[] body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element
                    && name.equals(element.getLocalName())
                    && GexfWriter.NS.equals(element.getNamespaceURI())) {
                found.add(element);
            }
        }
        return found;
    }

    private static Element only(Element parent, String name) {
        List<Element> found = children(parent, name);
        assertThat(found).as(name).hasSize(1);
        return found.get(0);
    }

    private static Map<String, String> attvalues(Element element) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Element attvalues : children(element, "attvalues")) {
            children(attvalues, "attvalue").forEach(v -> values.put(v.getAttribute("for"), v.getAttribute("value")));
        }
        return values;
    }

    /** A Cytoscape.js document: the data of its nodes and edges. */
    private record Cytoscape(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {
        Map<String, Object> node(String id) {
            return nodes.stream()
                    .filter(n -> id.equals(n.get("id")))
                    .findFirst()
                    .orElse(null);
        }
    }

    @SuppressWarnings("unchecked")
    private Cytoscape cytoscape(byte[] body) throws IOException {
        Map<String, Object> document = json.readValue(body, Argument.mapOf(String.class, Object.class));
        Map<String, Object> elements = (Map<String, Object>) document.get("elements");
        List<Map<String, Object>> nodes = ((List<Map<String, Object>>) elements.get("nodes"))
                .stream().map(n -> (Map<String, Object>) n.get("data")).toList();
        List<Map<String, Object>> edges = ((List<Map<String, Object>>) elements.get("edges"))
                .stream().map(e -> (Map<String, Object>) e.get("data")).toList();
        return new Cytoscape(nodes, edges);
    }

    private static Map<String, String> unzip(byte[] body) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        assertThat(text).isNotNull();
        try (CSVParser parser = CSVParser.parse(
                new InputStreamReader(
                        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8),
                CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }
}

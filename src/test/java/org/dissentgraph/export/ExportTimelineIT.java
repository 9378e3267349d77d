package org.dissentgraph.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dissentgraph.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The time-bounded facts of the exports on the bundled data (docs/api.md, Exports: the timeline):
 * every GEXF edge within both its nodes' spells, {@code from}/{@code to} clipping every spell, and a
 * membership with an end drawn with that end in the network, GraphML and GEXF.
 */
@MicronautTest
class ExportTimelineIT extends DatabaseTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("micronaut.server.port", "-1");
        return properties;
    }

    /** A spell as GEXF writes it: start and end, each null where open. */
    record Span(String id, LocalDate start, LocalDate end) {
        boolean within(Span outer) {
            return (outer.start == null || (start != null && !start.isBefore(outer.start)))
                    && (outer.end == null || (end != null && !end.isAfter(outer.end)));
        }
    }

    record Gexf(Map<String, Span> nodes, Map<String, Element> nodeElements, List<Element> edges) {}

    private Gexf gexf(String uri) throws Exception {
        byte[] body = http.toBlocking().retrieve(HttpRequest.GET(uri), byte[].class);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Element root = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(body))
                .getDocumentElement();
        Map<String, Span> nodes = new LinkedHashMap<>();
        Map<String, Element> nodeElements = new HashMap<>();
        for (Element n : elements(root, "node")) {
            nodes.put(n.getAttribute("id"), span(n));
            nodeElements.put(n.getAttribute("id"), n);
        }
        return new Gexf(nodes, nodeElements, elements(root, "edge"));
    }

    private static List<Element> elements(Element root, String name) {
        NodeList list = root.getElementsByTagNameNS(GexfWriter.NS, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            found.add((Element) list.item(i));
        }
        return found;
    }

    private static Span span(Element e) {
        return new Span(e.getAttribute("id"), date(e.getAttribute("start")), date(e.getAttribute("end")));
    }

    private static LocalDate date(String text) {
        return text == null || text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static Element edge(Gexf g, String id) {
        return g.edges().stream()
                .filter(e -> e.getAttribute("id").equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no edge " + id));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "/api/export/gexf",
                "/api/export/gexf?sources=true",
                "/api/export/gexf?from=1921&to=1927",
                "/api/export/gexf?ego=trotsky-leon&depth=2&maxNodes=2000"
            })
    void no_gexf_edge_falls_outside_either_of_its_nodes_spells(String uri) throws Exception {
        Gexf g = gexf(uri);
        assertThat(g.edges()).hasSizeGreaterThan(50);
        List<String> outside = new ArrayList<>();
        int checked = 0;
        for (Element e : g.edges()) {
            Span edge = span(e);
            Span source = g.nodes().get(e.getAttribute("source"));
            Span target = g.nodes().get(e.getAttribute("target"));
            if (edge.start() == null && edge.end() == null) {
                // no spell: an undated link between two records that never coexist
                if (source.start() != null || source.end() != null) {
                    boolean disjoint = (source.end() != null
                                    && target.start() != null
                                    && source.end().isBefore(target.start()))
                            || (target.end() != null
                                    && source.start() != null
                                    && target.end().isBefore(source.start()));
                    assertThat(disjoint || (target.start() == null && target.end() == null))
                            .as(e.getAttribute("id") + " has no spell although " + source + " and " + target + " meet")
                            .isTrue();
                }
                continue;
            }
            checked++;
            for (String end : List.of(e.getAttribute("source"), e.getAttribute("target"))) {
                Span node = g.nodes().get(end);
                assertThat(node).as(end).isNotNull();
                if (!edge.within(node)) {
                    outside.add(e.getAttribute("kind") + " " + edge + " outside " + node);
                }
            }
        }
        assertThat(outside).isEmpty();
        assertThat(checked).isGreaterThan(50);
    }

    @Test
    void from_and_to_clip_every_node_and_edge_spell_to_the_window() throws Exception {
        LocalDate from = LocalDate.of(1921, 1, 1);
        LocalDate to = LocalDate.of(1922, 12, 31);
        Gexf g = gexf("/api/export/gexf?from=1921&to=1922");
        Span window = new Span("window", from, to);
        assertThat(g.nodes().values()).isNotEmpty().allSatisfy(n -> {
            if (n.start() != null || n.end() != null) {
                assertThat(n.within(window)).as(n.toString()).isTrue();
            }
        });
        assertThat(g.edges()).isNotEmpty().allSatisfy(e -> {
            Span s = span(e);
            if (s.start() != null || s.end() != null) {
                assertThat(s.within(window)).as(s.toString()).isTrue();
            }
        });
        // Kollontai (1872-1952) lives through the whole window, and no longer in it
        assertThat(g.nodes().get("kollontai-alexandra")).isEqualTo(new Span("kollontai-alexandra", from, to));
        // the Workers' Opposition (1920 to March 1921) from the window's start to its own end, then on to
        // the 11th Congress's criticism of the former group (2 April 1922)
        assertThat(g.nodes().get("workers-opposition"))
                .isEqualTo(new Span("workers-opposition", from, LocalDate.of(1922, 4, 2)));
    }

    @Test
    void a_document_lives_on_from_its_date_and_a_criticized_former_faction_to_its_last_criticism() throws Exception {
        Gexf g = gexf("/api/export/gexf");
        // the Declaration of the 46 (15 October 1923), criticized by the 13th Conference in January 1924
        assertThat(g.nodes().get("declaration-of-46"))
                .isEqualTo(new Span("declaration-of-46", LocalDate.of(1923, 10, 15), null));
        assertThat(span(edge(g, "conference-13|CRITICIZED|declaration-of-46|conference-13-1924-letters"))
                        .start())
                .isEqualTo(LocalDate.of(1924, 1, 18));
        // the Workers' Opposition ended in March 1921 but is drawn until the 11th Congress condemned it
        Span wo = g.nodes().get("workers-opposition");
        assertThat(wo.end()).isEqualTo(LocalDate.of(1922, 4, 2));
        // its own end stays the data's: the attribute latest is 1921-03-31
        assertThat(g.nodeElements().get("workers-opposition").getElementsByTagNameNS(GexfWriter.NS, "attvalue"))
                .satisfies(list -> {
                    boolean found = false;
                    for (int i = 0; i < list.getLength(); i++) {
                        Element v = (Element) list.item(i);
                        if (v.getAttribute("for").equals("latest")) {
                            assertThat(v.getAttribute("value")).isEqualTo("1921-03-31");
                            found = true;
                        }
                    }
                    assertThat(found).isTrue();
                });
        // Trotsky's "grave digger" criticism (1926 to his death) ends on the day he died
        assertThat(span(edge(g, "trotsky-leon|CRITICIZED|stalin-joseph|trotsky-gravedigger")))
                .isEqualTo(new Span(
                        "trotsky-leon|CRITICIZED|stalin-joseph|trotsky-gravedigger",
                        LocalDate.of(1926, 1, 1),
                        LocalDate.of(1940, 8, 21)));
        // a criticism by a congress lies within the congress's days
        assertThat(span(edge(g, "congress-14|CRITICIZED|new-opposition|congress-14-1925-leningrad")))
                .isEqualTo(new Span(
                        "congress-14|CRITICIZED|new-opposition|congress-14-1925-leningrad",
                        LocalDate.of(1925, 12, 18),
                        LocalDate.of(1925, 12, 31)));
    }

    private static final String LEFT = "bukharin-nikolai|MEMBER_OF|left-communists|leader|1918-01~/1918-07";

    @Test
    @SuppressWarnings("unchecked")
    void bukharins_left_communist_membership_ends_in_july_1918_in_the_network_graphml_and_gexf() throws Exception {
        LocalDate end = LocalDate.of(1918, 7, 31);
        // GEXF
        assertThat(span(edge(gexf("/api/export/gexf"), LEFT)).end()).isEqualTo(end);
        // GraphML: the edge's latest
        String graphml = http.toBlocking().retrieve(HttpRequest.GET("/api/export/graphml"), String.class);
        int at = graphml.indexOf("id=\"" + Values.nameToken(LEFT) + "\"");
        assertThat(at).isPositive();
        String element = graphml.substring(at, graphml.indexOf("</edge>", at));
        assertThat(element).contains(">1918-07-31<");
        // the network page's data
        Map<String, Object> network = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/graph/network?rel=MEMBER_OF"),
                        Argument.mapOf(String.class, Object.class));
        Map<String, Object> membership = ((List<Map<String, Object>>) network.get("edges"))
                .stream().filter(e -> LEFT.equals(e.get("id"))).findFirst().orElseThrow();
        assertThat(membership).containsEntry("latest", "1918-07-31");
        // and in a window after it, he is not a left communist
        Map<String, Object> later = http.toBlocking()
                .retrieve(
                        HttpRequest.GET("/api/graph/network?rel=MEMBER_OF&from=1920&to=1925"),
                        Argument.mapOf(String.class, Object.class));
        assertThat((List<Map<String, Object>>) later.get("edges"))
                .noneSatisfy(e -> assertThat(e.get("id")).isEqualTo(LEFT));
    }

    private static LocalDate day(Object value) {
        return value == null ? null : LocalDate.parse(value.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_network_pages_edges_keep_their_own_dates_within_their_nodes_but_for_the_two_stated_exceptions() {
        Map<String, Object> network = http.toBlocking()
                .retrieve(HttpRequest.GET("/api/graph/network"), Argument.mapOf(String.class, Object.class));
        Map<String, Map<String, Object>> nodes = new HashMap<>();
        ((List<Map<String, Object>>) network.get("nodes")).forEach(n -> nodes.put((String) n.get("id"), n));
        List<Map<String, Object>> edges = (List<Map<String, Object>>) network.get("edges");
        assertThat(edges).hasSizeGreaterThan(100);
        List<String> outside = new ArrayList<>();
        for (Map<String, Object> e : edges) {
            Span edge = new Span((String) e.get("id"), day(e.get("earliest")), day(e.get("latest")));
            if (edge.start() == null && edge.end() == null) {
                continue;
            }
            for (String end : List.of((String) e.get("source"), (String) e.get("target"))) {
                Map<String, Object> n = nodes.get(end);
                boolean document = "Document".equals(n.get("type"));
                boolean formerFaction = "Faction".equals(n.get("type")) && "CRITICIZED".equals(e.get("type"));
                LocalDate nodeEnd = document || formerFaction ? null : day(n.get("latest"));
                LocalDate nodeStart = day(n.get("earliest"));
                Span node = new Span(end, nodeStart, nodeEnd);
                // an open side of the relationship's own dates is unknown, not "forever": compare known days
                boolean startsBefore = edge.start() != null
                        && nodeStart != null
                        && edge.start().isBefore(nodeStart);
                boolean endsAfter =
                        edge.end() != null && nodeEnd != null && edge.end().isAfter(nodeEnd);
                if (startsBefore || endsAfter) {
                    outside.add(edge + " outside " + node);
                }
            }
        }
        assertThat(outside).isEmpty();
    }
}

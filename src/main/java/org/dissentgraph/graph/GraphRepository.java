package org.dissentgraph.graph;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dissentgraph.model.Ref;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.Rows;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.ClientException;

/**
 * The graph feature's queries ({@code cypher/queries/graph-*.cypher}) and the one place where
 * their rows become records.
 */
@Singleton
final class GraphRepository {

    private final Reads reads;

    GraphRepository(Reads reads) {
        this.reads = reads;
    }

    /** A node found by a step of an ego view, with its number of relationships of any type. */
    record Neighbour(String id, long degree) {}

    /** The nodes next to {@code frontier}, not in {@code seen}, in id order, at most {@code limit}. */
    List<Neighbour> neighbours(
            Collection<String> frontier, Collection<String> seen, List<String> rels, At at, int limit) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("frontier", List.copyOf(frontier));
        parameters.put("seen", List.copyOf(seen));
        parameters.put("rels", rels);
        parameters.put("limit", limit);
        return reads.list(
                "queries/graph-ego-neighbours",
                parameters,
                r -> new Neighbour(r.get("id").asString(), r.get("degree").asLong()));
    }

    /** The nodes of a view, and their element ids for {@link #edges}. */
    record Nodes(List<GraphView.Node> nodes, List<String> elementIds) {}

    /** The nodes with these ids (Source nodes never). */
    Nodes nodes(Collection<String> ids, At at) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("ids", List.copyOf(ids));
        record Row(GraphView.Node node, String elementId) {}
        List<Row> rows = reads.list(
                "queries/graph-ego-nodes",
                parameters,
                r -> new Row(
                        new GraphView.Node(
                                r.get("id").asString(),
                                r.get("type").asString(null),
                                r.get("label").asString(null),
                                r.get("faction").asString(null),
                                date(r.get("earliest")),
                                date(r.get("latest"))),
                        r.get("elementId").asString()));
        List<GraphView.Node> nodes = rows.stream().map(Row::node).toList();
        List<String> elementIds = rows.stream().map(Row::elementId).toList();
        return new Nodes(nodes, elementIds);
    }

    /** The relationships of types {@code rels} among {@code nodes} (as {@link #nodes} found them). */
    List<GraphView.Edge> edges(Collection<String> ids, Nodes nodes, List<String> rels, At at) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("ids", List.copyOf(ids));
        parameters.put("elementIds", nodes.elementIds());
        parameters.put("rels", rels);
        return reads.list(
                "queries/graph-ego-edges",
                parameters,
                r -> new GraphView.Edge(
                        r.get("id").asString(),
                        r.get("source").asString(),
                        r.get("target").asString(),
                        r.get("type").asString(),
                        r.get("date").asString(null),
                        date(r.get("earliest")),
                        date(r.get("latest"))));
    }

    /** The nodes that exist among {@code ids} (Source nodes never count), by id. */
    Map<String, Ref> refs(List<String> ids) {
        Map<String, Ref> refs = new HashMap<>();
        reads.list("queries/graph-refs", Map.of("ids", ids), r -> Rows.ref(r.get("ref")))
                .forEach(ref -> refs.put(ref.id(), ref));
        return refs;
    }

    /** Up to {@code limit} shortest paths, in a stable order. */
    List<PathsView.Path> shortestPaths(
            String from, String to, List<String> rels, int maxLength, At at, int limit, long hubDegree) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("hubDegree", hubDegree);
        parameters.put("from", from);
        parameters.put("to", to);
        parameters.put("rels", rels);
        parameters.put("maxLength", maxLength);
        parameters.put("limit", limit);
        Map<Long, List<PathsView.Step>> steps = new LinkedHashMap<>();
        for (Record r : reads.list("queries/graph-paths", parameters, r -> r)) {
            steps.computeIfAbsent(r.get("pathIndex").asLong(), k -> new ArrayList<>())
                    .add(new PathsView.Step(
                            Rows.ref(r.get("from")),
                            Rows.ref(r.get("to")),
                            r.get("type").asString(),
                            r.get("relationshipId").asString(),
                            r.get("forward").asBoolean(),
                            Rows.when(r.get("date")),
                            r.get("quote").asString(null),
                            Rows.citations(r.get("citations"))));
        }
        return steps.values().stream()
                .map(s -> new PathsView.Path(s.size(), List.copyOf(s)))
                .toList();
    }

    /** The memberships that can have held on some day of {@code at}. */
    List<Snapshots.MembershipRow> memberships(At at) {
        return reads.list(
                "queries/graph-snapshot",
                at.parameters(),
                r -> new Snapshots.MembershipRow(
                        Rows.ref(r.get("group")),
                        Rows.ref(r.get("person")),
                        r.get("relationshipId").asString(),
                        r.get("role").asString(null),
                        r.get("date").asString(null),
                        Rows.citations(r.get("citations"))));
    }

    /** One relationship of a network: its two ends and the edge to draw. */
    record Link(Ref source, Ref target, GraphView.Edge edge) {}

    /**
     * Every relationship of the types {@code rels} whose dates, and those of both its ends, can
     * overlap {@code at} ({@link At#ANY}: all of them), never touching a Source node.
     */
    List<Link> network(List<String> rels, At at) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("rels", rels);
        return reads.list("queries/graph-network", parameters, r -> {
            Ref source = Rows.ref(r.get("source"));
            Ref target = Rows.ref(r.get("target"));
            return new Link(
                    source,
                    target,
                    new GraphView.Edge(
                            r.get("id").asString(),
                            source.id(),
                            target.id(),
                            r.get("type").asString(),
                            r.get("date").asString(null),
                            date(r.get("earliest")),
                            date(r.get("latest")),
                            r.get("criticismId").asString(null),
                            r.get("role").asString(null)));
        });
    }

    /** The nodes of a network view with these ids (Source nodes never), in id order, persons with their factions within {@code at}. */
    List<GraphView.Node> networkNodes(Collection<String> ids, At at) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("ids", List.copyOf(ids));
        return reads.list("queries/graph-network-nodes", parameters, r -> {
            List<String> factions = r.get("factions").isNull()
                    ? null
                    : List.copyOf(new LinkedHashSet<>(r.get("factions").asList(Value::asString)));
            String first = factions == null || factions.isEmpty() ? null : factions.get(0);
            return new GraphView.Node(
                    r.get("id").asString(),
                    r.get("type").asString(null),
                    r.get("label").asString(null),
                    first,
                    date(r.get("earliest")),
                    date(r.get("latest")),
                    factions,
                    r.get("kind").asString(null),
                    r.get("outcome").asString(null));
        });
    }

    /** The id of the newest finished import: the version of the data. */
    Optional<String> datasetVersion() {
        return reads.one(
                "queries/graph-dataset-version", Map.of(), r -> r.get("version").asString());
    }

    /** The Graph Data Science version of the server, or empty when it has none. */
    /** Every relationship in the database, from the count store. */
    long relationshipCount() {
        return reads.one(
                        "queries/analytics-relationship-count",
                        Map.of(),
                        r -> r.get("n").asLong())
                .orElse(0L);
    }

    Optional<String> gdsVersion() {
        try {
            return reads.one(
                    "queries/analytics-gds-version",
                    Map.of(),
                    r -> r.get("version").asString());
        } catch (ClientException e) {
            return Optional.empty(); // Unknown function 'gds.version': no GDS on this server
        }
    }

    /** One node's score from a GDS query, with the size of the projected network. */
    record GdsScore(Ref node, double score, long nodes, long edges) {}

    /**
     * A centrality on GDS over a projection named {@code graph} (dropped by {@link #dropGds});
     * betweenness over more than {@code exactNodes} nodes from {@code samples} sources, unscaled.
     */
    List<GdsScore> gdsCentrality(String metric, List<String> rels, At at, String graph, int exactNodes, int samples) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("rels", rels);
        parameters.put("graph", graph);
        parameters.put("iterations", Algorithms.PAGE_RANK_ITERATIONS);
        parameters.put("tolerance", Algorithms.PAGE_RANK_TOLERANCE);
        parameters.put("exactNodes", exactNodes);
        parameters.put("samples", samples);
        String projection =
                metric.equals("betweenness") ? "queries/analytics-gds-project-pairs" : "queries/analytics-gds-project";
        return reads.listBounded(
                List.of(projection, "queries/analytics-gds-" + metric),
                parameters,
                r -> new GdsScore(
                        Rows.ref(r.get("node")),
                        r.get("score").asDouble(),
                        r.get("nodes").asLong(),
                        r.get("edges").asLong()));
    }

    /** One node's Louvain community from GDS, with the partition's modularity. */
    record GdsCommunity(Ref node, long community, double modularity, long nodes, long edges) {}

    List<GdsCommunity> gdsLouvain(List<String> rels, At at, String graph) {
        Map<String, Object> parameters = at.parameters();
        parameters.put("rels", rels);
        parameters.put("graph", graph);
        return reads.listBounded(
                List.of("queries/analytics-gds-project-undirected", "queries/analytics-gds-louvain"),
                parameters,
                r -> new GdsCommunity(
                        Rows.ref(r.get("node")),
                        r.get("community").asLong(),
                        r.get("modularity").asDouble(),
                        r.get("nodes").asLong(),
                        r.get("edges").asLong()));
    }

    /** Drops a GDS projection, if it is there. */
    void dropGds(String graph) {
        reads.list("queries/analytics-gds-drop", Map.of("graph", graph), r -> r);
    }

    private static LocalDate date(Value value) {
        return value.isNull() ? null : value.asLocalDate();
    }
}

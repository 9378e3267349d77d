package org.dissentgraph.export;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.dissentgraph.neo4j.CypherFiles;
import org.dissentgraph.neo4j.Reads;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;

/**
 * The export's queries ({@code cypher/queries/export-*.cypher}) and the one place where their rows
 * become records. An export reads in one read transaction of its own, held open while the
 * response is written, so that its columns, nodes and relationships are one consistent snapshot;
 * rows are pulled from the driver as they are written (the driver fetches them in batches), so a
 * large graph is never held in memory whole.
 */
@Singleton
final class ExportRepository {

    private final Driver driver;
    private final Reads reads;
    private final TransactionConfig config;

    ExportRepository(Driver driver, Reads reads, @Value("${dissent.export-timeout:10m}") Duration timeout) {
        this.driver = driver;
        this.reads = reads;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /** Ids of the Source nodes the nodes {@code ids} cite. */
    List<String> citedSources(List<String> ids) {
        return reads.list(
                "queries/export-ego-sources",
                Map.of("ids", ids),
                r -> r.get("id").asString());
    }

    /**
     * Opens the transaction of one export and reads its columns; the node query is started too,
     * so that a database that is down or busy is reported before the response begins.
     */
    Cursor open(Selection selection) {
        Session session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        try {
            Transaction tx = session.beginTransaction(config);
            Cursor cursor = new Cursor(session, tx, selection);
            cursor.start();
            return cursor;
        } catch (RuntimeException e) {
            session.close();
            throw Reads.translated(e);
        }
    }

    /** The open transaction of one export: its columns, then its nodes, then its relationships. */
    static final class Cursor implements AutoCloseable {

        private final Session session;
        private final Transaction tx;
        private final String prefix;
        private final Map<String, Object> parameters;
        private ExportSchema schema;
        private Iterator<ExportNode> nodes;
        private boolean closed;

        private Cursor(Session session, Transaction tx, Selection selection) {
            this.session = session;
            this.tx = tx;
            this.prefix = selection.ego() == null ? "queries/export-" : "queries/export-ego-";
            this.parameters = selection.parameters();
        }

        private void start() {
            schema = new ExportSchema();
            run("node-keys")
                    .forEachRemaining(r -> schema.addNodeColumn(
                            r.get("type").asString("Entity"),
                            r.get("key").asString(),
                            PropertyType.ofValueType(r.get("valueType").asString())));
            run("edge-keys")
                    .forEachRemaining(r -> schema.addEdgeColumn(
                            r.get("type").asString(),
                            r.get("key").asString(),
                            PropertyType.ofValueType(r.get("valueType").asString())));
            nodes = map(run("nodes"), Cursor::node);
        }

        ExportSchema schema() {
            return schema;
        }

        /** The nodes, grouped by main label and in id order; read once. */
        Iterator<ExportNode> nodes() {
            return nodes;
        }

        /** The relationships, grouped by type and in id order; call after the nodes are read. */
        Iterator<ExportEdge> edges() {
            return map(run("edges"), Cursor::edge);
        }

        private Result run(String query) {
            return tx.run(CypherFiles.get(prefix + query), parameters);
        }

        private static ExportNode node(Record r) {
            List<String> labels = new ArrayList<>(r.get("labels").asList(v -> v.asString()));
            Collections.sort(labels);
            if (labels.remove("Entity")) {
                labels.add(0, "Entity");
            }
            return new ExportNode(
                    r.get("id").asString(),
                    List.copyOf(labels),
                    r.get("type").asString(null),
                    r.get("faction").asString(null),
                    r.get("criticizedUntil").isNull()
                            ? null
                            : r.get("criticizedUntil").asLocalDate(),
                    properties(r));
        }

        private static ExportEdge edge(Record r) {
            return new ExportEdge(
                    r.get("id").asString(),
                    r.get("source").asString(),
                    r.get("target").asString(),
                    r.get("type").asString(),
                    properties(r));
        }

        /** Every property as a Java value (String, Long, Double, Boolean, LocalDate, List...), by name. */
        private static Map<String, Object> properties(Record r) {
            return Collections.unmodifiableMap(new TreeMap<>(r.get("properties").asMap()));
        }

        private static <T> Iterator<T> map(Result result, Function<Record, T> mapper) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    try {
                        return result.hasNext();
                    } catch (RuntimeException e) {
                        throw Reads.translated(e);
                    }
                }

                @Override
                public T next() {
                    try {
                        return mapper.apply(result.next());
                    } catch (RuntimeException e) {
                        throw Reads.translated(e);
                    }
                }
            };
        }

        /** Ends the transaction (it only read) and gives the connection back; safe to call twice. */
        @Override
        public void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                tx.close();
            } finally {
                session.close();
            }
        }
    }
}

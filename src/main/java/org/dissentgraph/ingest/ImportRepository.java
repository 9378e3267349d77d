package org.dissentgraph.ingest;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.dissentgraph.model.ImportState;
import org.dissentgraph.neo4j.CypherFiles;
import org.dissentgraph.neo4j.Reads;
import org.dissentgraph.neo4j.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The importer's one edge to the database: the {@code :Import} audit node (written, updated, read
 * back as an {@link ImportAudit}), the look-ups validation and the start-up load need, and the
 * transactions {@link DatasetWriter} writes in. The only class of {@code ingest} that touches the driver.
 */
@Singleton
public final class ImportRepository {

    private final Driver driver;
    private final Reads reads;

    public ImportRepository(Driver driver, Reads reads) {
        this.driver = driver;
        this.reads = reads;
    }

    /** The schema (constraints, indexes) the import needs, applied before anything is written. */
    public void applySchema() {
        SchemaMigrations.apply(driver);
    }

    // --- the audit node

    void started(ImportRequest request, String checksum) {
        write("load/import-start", Map.of("properties", audit(request, checksum, ImportState.VALIDATING)));
    }

    /** The audit node's first properties: which import, of what, by whom, from which files; also written offline. */
    static Map<String, Object> audit(ImportRequest request, String checksum, ImportState state) {
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("id", request.id());
        audit.put("dataset", request.dataset());
        audit.put("state", state.name());
        audit.put("by", request.by());
        audit.put("startedAt", ZonedDateTime.now());
        audit.put("checksum", checksum);
        audit.put(
                "files",
                request.files().stream()
                        .sorted(Comparator.comparing(InputFile::name))
                        .map(f -> f.name() + " sha256:" + f.sha256())
                        .toList());
        audit.put("location", request.location());
        audit.put("staged", request.staged());
        return audit;
    }

    /** Validation found errors: nothing was written. */
    void rejected(String id, List<ValidationError> errors) {
        update(
                id,
                Map.of(
                        "state", ImportState.FAILED.name(),
                        "finishedAt", ZonedDateTime.now(),
                        "errorCount", (long) errors.size(),
                        "errors", errors.stream().map(ValidationError::toString).toList()));
    }

    /** What the consistency rules found possible but not certain: kept on the audit node, not blocking. */
    void warned(String id, List<ValidationError> warnings) {
        update(
                id,
                Map.of(
                        "warningCount",
                        (long) warnings.size(),
                        "warnings",
                        warnings.stream().map(ValidationError::toString).toList()));
    }

    void writing(String id, long totalRows, boolean singleTransaction) {
        update(
                id,
                Map.of(
                        "state",
                        ImportState.RUNNING.name(),
                        "totalRows",
                        totalRows,
                        "mode",
                        singleTransaction ? "single-transaction" : "batched"));
    }

    void progress(String id, Progress.Snapshot snapshot) {
        update(
                id,
                Map.of(
                        "progressDone", snapshot.done(),
                        "progressTotal", snapshot.total(),
                        "progressPercent", (long) snapshot.percent(),
                        "rowsPerSecond", snapshot.rowsPerSecond(),
                        "etaSeconds", snapshot.eta().toSeconds(),
                        "phase", snapshot.phase()));
    }

    /** Stopped by an error: FAILED, saying why. */
    void failed(String id, String error) {
        update(id, Map.of("state", ImportState.FAILED.name(), "finishedAt", ZonedDateTime.now(), "lastError", error));
    }

    /**
     * Written.
     *
     * @param validateMillis the two phases timed apart (null when rolled forward), for the import
     *     benchmark and for anyone asking why an import was slow
     */
    void done(String id, DatasetWriter.Counts counts, Long validateMillis, Long writeMillis, boolean rolledForward) {
        Map<String, Object> done = new HashMap<>();
        done.put("state", ImportState.DONE.name());
        if (validateMillis != null) {
            done.put("validateMillis", validateMillis);
            done.put("writeMillis", writeMillis);
        }
        if (rolledForward) {
            done.put("rolledForward", true);
        }
        done.put("finishedAt", ZonedDateTime.now());
        done.put("added", counts.added());
        done.put("changed", counts.changed());
        done.put("unchanged", counts.unchanged());
        done.put("retracted", counts.retracted());
        done.put("relationships", counts.relationships());
        done.put("progressPercent", 100L);
        update(id, done);
    }

    /** Imports a crash left VALIDATING wrote nothing: FAILED. */
    void failInterruptedValidations() {
        write("load/fail-validating-imports", Map.of());
    }

    /** One import, read like every API read: in a read transaction, with the query timeout, a 503 when the database is down. */
    Optional<ImportAudit> find(String id) {
        return reads.one("load/import-status", Map.of("id", id), r -> audit(r.get("import")));
    }

    /** Imports that started writing and did not finish (a crash), oldest first. */
    List<ImportAudit> running() {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(CypherFiles.get("load/running-imports")).list(r -> audit(r.get("import"))));
        }
    }

    /** The checksum of the last finished import of {@code dataset}, if any. */
    Optional<String> lastChecksum(String dataset) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var result = tx.run(CypherFiles.get("load/last-import"), Map.of("dataset", dataset));
                return result.hasNext()
                        ? Optional.of(result.next().get("checksum").asString())
                        : Optional.empty();
            });
        }
    }

    long countEntities() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CypherFiles.get("load/count-entities"))
                    .single()
                    .get("count")
                    .asLong());
        }
    }

    /** Which of {@code ids} are nodes in the database already (references may point at them). */
    Set<String> existing(Set<String> ids) {
        try (var session = driver.session()) {
            return new HashSet<>(session.executeRead(
                    tx -> tx.run(CypherFiles.get("load/exists-ids"), Map.of("ids", List.copyOf(ids)))
                            .list(r -> r.get("id").asString())));
        }
    }

    private static ImportAudit audit(Value v) {
        return new ImportAudit(
                text(v, "id"),
                text(v, "dataset"),
                ImportState.valueOf(text(v, "state")),
                text(v, "by"),
                text(v, "startedAt"),
                text(v, "finishedAt"),
                text(v, "checksum"),
                strings(v, "files"),
                text(v, "location"),
                v.get("staged").asBoolean(false),
                number(v, "totalRows"),
                text(v, "mode"),
                v.get("added").isNull()
                        ? null
                        : new ImportStatus.Counts(
                                number(v, "added"),
                                number(v, "changed"),
                                number(v, "unchanged"),
                                number(v, "retracted"),
                                number(v, "relationships")),
                v.get("progressPercent").isNull()
                        ? null
                        : new ImportStatus.ProgressInfo(
                                text(v, "phase"),
                                number(v, "progressDone"),
                                number(v, "progressTotal"),
                                number(v, "progressPercent"),
                                v.get("rowsPerSecond").isNull()
                                        ? null
                                        : v.get("rowsPerSecond").asNumber().doubleValue(),
                                number(v, "etaSeconds")),
                number(v, "errorCount"),
                strings(v, "errors"),
                number(v, "warningCount"),
                strings(v, "warnings"),
                text(v, "lastError"),
                v.get("rolledForward").isNull() ? null : v.get("rolledForward").asBoolean());
    }

    /** A property as text; a date-time as the driver prints it (ISO-8601 with its zone). */
    private static String text(Value v, String key) {
        Value value = v.get(key);
        return value.isNull() ? null : value.asObject().toString();
    }

    private static Long number(Value v, String key) {
        Value value = v.get(key);
        return value.isNull() ? null : value.asNumber().longValue();
    }

    private static List<String> strings(Value v, String key) {
        Value value = v.get(key);
        return value.isNull() ? null : value.asList(Value::asString);
    }

    private void update(String id, Map<String, Object> properties) {
        write("load/import-update", Map.of("id", id, "properties", properties));
    }

    private void write(String query, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            session.executeWrite(
                    tx -> tx.run(CypherFiles.get(query), parameters).consume());
        }
    }

    // --- the transactions a dataset is written in

    /** A row of the hashes an earlier import wrote: a node or relationship id, its row hash, its start node. */
    record Stored(String id, String hash, String from) {}

    /** Runs the writer's statements: all inside one transaction, or each batch in a transaction of its own. */
    interface Runner {
        void run(String query, Map<String, Object> parameters);

        void stream(String query, Map<String, Object> parameters, Consumer<Stored> rows);
    }

    /** Runs {@code work} in one write transaction: all or nothing. */
    <T> T inOneTransaction(Function<Runner, T> work) {
        try (var session = driver.session()) {
            return session.executeWrite(
                    tx -> work.apply(new InTransaction(tx)),
                    TransactionConfig.builder()
                            .withTimeout(Duration.ofMinutes(30))
                            .build());
        }
    }

    /** Each statement in a transaction of its own. */
    Runner batched() {
        return new Batched(driver);
    }

    private static Stored stored(org.neo4j.driver.Record r) {
        return new Stored(
                r.get("id").asString(),
                r.get("hash").asString(""),
                r.containsKey("from") ? r.get("from").asString(null) : null);
    }

    private record InTransaction(TransactionContext tx) implements Runner {
        public void run(String query, Map<String, Object> parameters) {
            tx.run(query, parameters).consume();
        }

        public void stream(String query, Map<String, Object> parameters, Consumer<Stored> rows) {
            tx.run(query, parameters).forEachRemaining(r -> rows.accept(stored(r)));
        }
    }

    private record Batched(Driver driver) implements Runner {
        public void run(String query, Map<String, Object> parameters) {
            try (var session = driver.session()) {
                session.executeWrite(tx -> tx.run(query, parameters).consume());
            }
        }

        public void stream(String query, Map<String, Object> parameters, Consumer<Stored> rows) {
            try (var session = driver.session()) {
                session.executeRead(tx -> {
                    tx.run(query, parameters).forEachRemaining(r -> rows.accept(stored(r)));
                    return null;
                });
            }
        }
    }
}

package org.dissentgraph.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dissentgraph.neo4j.CypherFiles;

/**
 * Writes a validated dataset, in the transactions {@link ImportRepository} opens. Up to
 * {@link ImportSettings#singleTransactionRows()} rows it is one transaction:
 * all or nothing. Larger datasets are written in idempotent batches (nodes merged by id,
 * relationships merged by their own id) under an {@code :Import} node in state RUNNING, which a
 * restart rolls forward; either way rows gone from the files are retracted at the end.
 */
final class DatasetWriter {

    static final int BATCH = 5_000;

    private final ImportRepository repository;
    private final long singleTransactionRows;

    DatasetWriter(ImportRepository repository, long singleTransactionRows) {
        this.repository = repository;
        this.singleTransactionRows = singleTransactionRows;
    }

    boolean singleTransaction(Dataset dataset) {
        return dataset.totalRows() <= singleTransactionRows;
    }

    record Counts(long added, long changed, long unchanged, long retracted, long relationships) {
        static final Counts NONE = new Counts(0, 0, 0, 0, 0);
    }

    Counts write(String importId, String datasetName, Dataset dataset, Progress progress) {
        GraphBuilder graph = new GraphBuilder(dataset, datasetName);
        Tracker tracker = new Tracker(progress, dataset.totalRows() * 2);
        if (singleTransaction(dataset)) {
            return repository.inOneTransaction(
                    runner -> writeAll(runner, importId, datasetName, dataset, graph, tracker));
        }
        return writeAll(repository.batched(), importId, datasetName, dataset, graph, tracker);
    }

    private Counts writeAll(
            ImportRepository.Runner runner,
            String importId,
            String datasetName,
            Dataset dataset,
            GraphBuilder graph,
            Tracker tracker) {
        // what an earlier import of this dataset wrote: unchanged rows are not written again
        LongPairs oldNodes = new LongPairs();
        runner.stream(
                CypherFiles.get("load/dataset-node-hashes"),
                Map.of("dataset", datasetName),
                r -> oldNodes.add(hash(r.id()), hash(r.hash())));
        oldNodes.seal();
        LongPairs oldRels = new LongPairs();
        runner.stream(
                CypherFiles.get("load/dataset-relationship-hashes"),
                Map.of("dataset", datasetName),
                r -> oldRels.add(hash(r.id()), hash(r.hash())));
        oldRels.seal();

        long[] changes = new long[3]; // added, changed, unchanged (a row new to this dataset counts as added)
        List<Map<String, Object>> batch = new ArrayList<>(BATCH);
        graph.nodes(node -> {
            long previous = oldNodes.get(hash(node.id()));
            if (previous != LongPairs.ABSENT
                    && previous == hash(node.properties().get("rowHash").toString())) {
                changes[2]++;
                tracker.advance("nodes", 1);
                return;
            }
            changes[previous == LongPairs.ABSENT ? 0 : 1]++;
            batch.add(Map.of("id", node.id(), "labels", node.labels(), "properties", node.properties()));
            if (batch.size() == BATCH) {
                flushNodes(runner, importId, batch, tracker);
            }
        });
        flushNodes(runner, importId, batch, tracker);

        // relationships: ids first, to write each once even where the files list it twice
        LongSet ids = new LongSet();
        graph.relationships(rel -> ids.add(hash(rel.properties().get("id").toString())));
        ids.seal();
        java.util.Set<Long> repeatedWritten = new java.util.HashSet<>();
        List<Map<String, Object>> updates = new ArrayList<>(BATCH);
        long[] relationships = {0};
        graph.relationships(rel -> {
            long id = hash(rel.properties().get("id").toString());
            if (ids.repeated(id) && !repeatedWritten.add(id)) {
                return;
            }
            relationships[0]++;
            rel.properties().put("relHash", GraphBuilder.hash(rel.properties()));
            long previous = oldRels.get(id);
            if (previous == hash(rel.properties().get("relHash").toString())) {
                tracker.advance("relationships", 1);
                return;
            }
            List<Map<String, Object>> target = previous == LongPairs.ABSENT ? batch : updates;
            target.add(Map.of("type", rel.type(), "from", rel.from(), "to", rel.to(), "properties", rel.properties()));
            if (batch.size() == BATCH) {
                flush(runner, "load/create-relationships", batch, tracker);
            }
            if (updates.size() == BATCH) {
                flush(runner, "load/update-relationships", updates, tracker);
            }
        });
        flush(runner, "load/create-relationships", batch, tracker);
        flush(runner, "load/update-relationships", updates, tracker);

        long retracted = retract(runner, datasetName, dataset, ids, tracker);
        return new Counts(changes[0], changes[1], changes[2], retracted, relationships[0]);
    }

    private void flushNodes(
            ImportRepository.Runner runner, String importId, List<Map<String, Object>> batch, Tracker tracker) {
        if (batch.isEmpty()) {
            return;
        }
        runner.run(CypherFiles.get("load/upsert-nodes"), Map.of("rows", new ArrayList<>(batch), "importId", importId));
        tracker.advance("nodes", batch.size());
        batch.clear();
    }

    private void flush(ImportRepository.Runner runner, String query, List<Map<String, Object>> batch, Tracker tracker) {
        if (batch.isEmpty()) {
            return;
        }
        runner.run(CypherFiles.get(query), Map.of("rows", new ArrayList<>(batch)));
        tracker.advance("relationships", batch.size());
        batch.clear();
    }

    /** Deletes what an earlier import of this dataset wrote and these files no longer hold. */
    private long retract(
            ImportRepository.Runner runner, String datasetName, Dataset dataset, LongSet written, Tracker tracker) {
        List<String> goneNodes = new ArrayList<>();
        runner.stream(CypherFiles.get("load/dataset-node-hashes"), Map.of("dataset", datasetName), record -> {
            String id = record.id();
            if (!dataset.index().contains(id)) {
                goneNodes.add(id);
            }
        });
        for (int from = 0; from < goneNodes.size(); from += BATCH) {
            runner.run(
                    CypherFiles.get("load/delete-nodes"),
                    Map.of("ids", goneNodes.subList(from, Math.min(goneNodes.size(), from + BATCH))));
        }
        List<Map<String, Object>> goneRels = new ArrayList<>();
        runner.stream(CypherFiles.get("load/dataset-relationship-hashes"), Map.of("dataset", datasetName), record -> {
            String id = record.id();
            if (!written.contains(hash(id))) {
                goneRels.add(Map.of("id", id, "from", record.from()));
            }
        });
        for (int from = 0; from < goneRels.size(); from += BATCH) {
            runner.run(
                    CypherFiles.get("load/delete-relationships"),
                    Map.of("rows", goneRels.subList(from, Math.min(goneRels.size(), from + BATCH))));
        }
        tracker.advance("retraction", 0);
        return goneNodes.size();
    }

    /** 64-bit FNV-1a: relationship ids kept as numbers, so millions fit in a few megabytes. */
    static long hash(String text) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** A growable, then sorted, array of longs with binary search. */
    static final class LongSet {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        void seal() {
            values = Arrays.copyOf(values, size);
            Arrays.sort(values);
        }

        boolean contains(long value) {
            return Arrays.binarySearch(values, value) >= 0;
        }

        /** Whether the value was added more than once (after {@link #seal()}). */
        boolean repeated(long value) {
            int at = Arrays.binarySearch(values, value);
            return at >= 0
                    && ((at > 0 && values[at - 1] == value) || (at + 1 < values.length && values[at + 1] == value));
        }
    }

    /** Pairs of longs (id hash → content hash), sorted by key for binary search; 16 bytes a pair. */
    static final class LongPairs {
        static final long ABSENT = Long.MIN_VALUE;
        private long[] pairs = new long[2048];
        private int size;

        void add(long key, long value) {
            if (size * 2 == pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[size * 2] = key;
            pairs[size * 2 + 1] = value;
            size++;
        }

        void seal() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (x, y) -> Long.compare(pairs[x * 2], pairs[y * 2]));
            long[] sorted = new long[size * 2];
            for (int i = 0; i < size; i++) {
                sorted[i * 2] = pairs[order[i] * 2];
                sorted[i * 2 + 1] = pairs[order[i] * 2 + 1];
            }
            pairs = sorted;
        }

        long get(long key) {
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int mid = (low + high) >>> 1;
                long k = pairs[mid * 2];
                if (k < key) {
                    low = mid + 1;
                } else if (k > key) {
                    high = mid - 1;
                } else {
                    return pairs[mid * 2 + 1];
                }
            }
            return ABSENT;
        }
    }

    /** Rows written, speed and time left, reported at most every second. */
    private static final class Tracker {
        private final Progress progress;
        private final long total;
        private final long started = System.nanoTime();
        private long done;
        private long lastReport;

        Tracker(Progress progress, long total) {
            this.progress = progress;
            this.total = Math.max(total, 1);
        }

        void advance(String phase, long rows) {
            done += rows;
            long now = System.nanoTime();
            if (now - lastReport < 1_000_000_000L && !phase.equals("retraction")) {
                return;
            }
            lastReport = now;
            double seconds = Math.max((now - started) / 1e9, 1e-3);
            double rate = done / seconds;
            long left = Math.max(total - done, 0);
            progress.report(new Progress.Snapshot(
                    phase,
                    Math.min(done, total),
                    total,
                    rate,
                    Duration.ofSeconds(rate > 0 ? (long) (left / rate) : 0)));
        }
    }
}

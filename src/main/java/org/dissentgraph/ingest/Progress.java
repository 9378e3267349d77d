package org.dissentgraph.ingest;

import java.time.Duration;

/** Where an import reports how far it is: rows done of all, with speed and time left. */
@FunctionalInterface
public interface Progress {

    void report(Snapshot snapshot);

    Progress NONE = s -> {};

    /**
     * @param phase what is being written: nodes, relationships, retraction
     * @param done rows written so far
     * @param total rows to write in all
     */
    record Snapshot(String phase, long done, long total, double rowsPerSecond, Duration eta) {
        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
        }
    }
}

package org.dissentgraph.ingest;

import org.slf4j.Logger;

/** Progress as log lines: phase, percentage, rows/s and time left. */
record ProgressLog(Logger log) implements Progress {

    @Override
    public void report(Snapshot s) {
        log.info(
                "import {}: {}% ({} of {} rows), {} rows/s, about {} s left",
                s.phase(),
                s.percent(),
                s.done(),
                s.total(),
                Math.round(s.rowsPerSecond()),
                s.eta().toSeconds());
    }
}

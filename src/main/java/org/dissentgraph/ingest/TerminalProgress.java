package org.dissentgraph.ingest;

import java.io.PrintStream;

/** Progress for a person at a terminal: a bar redrawn in place; elsewhere, one line per report. */
final class TerminalProgress implements Progress {

    private final PrintStream out;
    private final boolean terminal = System.console() != null;

    TerminalProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void report(Snapshot s) {
        int filled = s.percent() / 5;
        String bar = "[" + "#".repeat(filled) + ".".repeat(20 - filled) + "]";
        String line = String.format(
                "%s %3d%% %-13s %,d rows/s, about %d s left",
                bar,
                s.percent(),
                s.phase(),
                Math.round(s.rowsPerSecond()),
                s.eta().toSeconds());
        if (terminal) {
            out.print("\r" + line + (s.percent() >= 100 ? "\n" : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}

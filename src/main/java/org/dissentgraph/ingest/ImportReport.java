package org.dissentgraph.ingest;

import java.io.PrintStream;
import java.util.List;
import org.dissentgraph.model.ImportState;

/** The last lines of the {@code import} command, the same whichever way it went. */
final class ImportReport {

    private ImportReport() {}

    /** @return the exit code: 0 when DONE */
    static int print(
            PrintStream out,
            PrintStream err,
            String id,
            ImportState state,
            List<String> errors,
            String lastError,
            ImportStatus.Counts counts) {
        if (state != ImportState.DONE) {
            errors.forEach(err::println);
            if (lastError != null) {
                err.println("Import " + id + " " + state + ": " + lastError);
            } else {
                err.println("Import " + id + " " + state + ": " + errors.size()
                        + " error(s); nothing was written. Fix them and run import again.");
            }
            return 1;
        }
        ImportStatus.Counts c = counts == null ? new ImportStatus.Counts(0L, 0L, 0L, 0L, 0L) : counts;
        out.printf(
                "Import %s DONE: %d added, %d changed, %d unchanged, %d retracted, %d relationships%n",
                id,
                orZero(c.added()),
                orZero(c.changed()),
                orZero(c.unchanged()),
                orZero(c.retracted()),
                orZero(c.relationships()));
        return 0;
    }

    static int print(PrintStream out, PrintStream err, ImportSummary summary) {
        summary.warnings().forEach(w -> err.println(Cli.warning(w)));
        return print(
                out,
                err,
                summary.importId(),
                summary.state(),
                summary.errors().stream().map(ValidationError::toString).toList(),
                null,
                new ImportStatus.Counts(
                        summary.added(),
                        summary.changed(),
                        summary.unchanged(),
                        summary.retracted(),
                        summary.relationships()));
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}

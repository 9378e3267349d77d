package org.dissentgraph.ingest;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The importer's settings, {@code dissent.import.*} (environment {@code DISSENT_IMPORT_*}): the
 * service reads them through its configuration, the {@code import} command from the same
 * environment variables, so both import alike.
 *
 * @param singleTransactionRows up to how many rows (all files together) a dataset is written in one
 *     transaction; larger ones are written in batches ({@code DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS})
 * @param pollTimeout how long the {@code import} command follows an import through a running service
 *     before it gives up ({@code DISSENT_IMPORT_POLL_TIMEOUT}, e.g. {@code 90s}, {@code 30m}, {@code 2h})
 */
public record ImportSettings(long singleTransactionRows, Duration pollTimeout) {

    /** Rows written in one transaction by default; measured to fit -Xmx1g beside the in-process server. */
    public static final long SINGLE_TRANSACTION_ROWS = 40_000;

    public static final Duration POLL_TIMEOUT = Duration.ofHours(1);

    static final String ROWS_VARIABLE = "DISSENT_IMPORT_SINGLE_TRANSACTION_ROWS";
    static final String POLL_VARIABLE = "DISSENT_IMPORT_POLL_TIMEOUT";

    public ImportSettings {
        if (singleTransactionRows < 0) {
            throw new IllegalArgumentException(
                    ROWS_VARIABLE + " is " + singleTransactionRows + "; it must be 0 or more");
        }
        if (pollTimeout.isNegative() || pollTimeout.isZero()) {
            throw new IllegalArgumentException(POLL_VARIABLE + " is " + pollTimeout + "; it must be positive");
        }
    }

    public static ImportSettings defaults() {
        return new ImportSettings(SINGLE_TRANSACTION_ROWS, POLL_TIMEOUT);
    }

    public ImportSettings withSingleTransactionRows(long rows) {
        return new ImportSettings(rows, pollTimeout);
    }

    public ImportSettings withPollTimeout(Duration timeout) {
        return new ImportSettings(singleTransactionRows, timeout);
    }

    /** From the environment variables, as the service's application.yml maps them. */
    public static ImportSettings fromEnvironment(Map<String, String> env) {
        String rows = env.get(ROWS_VARIABLE);
        String poll = env.get(POLL_VARIABLE);
        long parsedRows;
        try {
            parsedRows = rows == null || rows.isBlank() ? SINGLE_TRANSACTION_ROWS : Long.parseLong(rows.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(ROWS_VARIABLE + " is '" + rows + "'; it must be a whole number");
        }
        return new ImportSettings(
                parsedRows, poll == null || poll.isBlank() ? POLL_TIMEOUT : duration(POLL_VARIABLE, poll.strip()));
    }

    /** {@code 500ms}, {@code 90s}, {@code 30m}, {@code 2h}, or ISO-8601 ({@code PT30M}). */
    static Duration duration(String name, String text) {
        String t = text.toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(text);
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            switch (t.charAt(t.length() - 1)) {
                case 's':
                    return Duration.ofSeconds(n);
                case 'm':
                    return Duration.ofMinutes(n);
                case 'h':
                    return Duration.ofHours(n);
                default:
                    break;
            }
        } catch (RuntimeException e) {
            // reported below, with the name
        }
        throw new IllegalArgumentException(name + " is '" + text + "'; it must be a duration such as 90s, 30m or 2h");
    }

    /** The service's settings, from its configuration. */
    @Factory
    static final class FromConfiguration {
        @Singleton
        ImportSettings importSettings(
                @Value("${dissent.import.single-transaction-rows:40000}") long singleTransactionRows,
                @Value("${dissent.import.poll-timeout:1h}") Duration pollTimeout) {
            return new ImportSettings(singleTransactionRows, pollTimeout);
        }
    }
}

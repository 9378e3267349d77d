package org.dissentgraph.neo4j;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.async.AsyncSession;
import org.neo4j.driver.async.AsyncTransactionContext;
import org.neo4j.driver.async.ResultCursor;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * Runs the API's queries: in read transactions (a cluster routes them to readers), each with a
 * timeout, and with driver failures turned into one kind of error at this edge.
 */
@Singleton
public class Reads implements Statements {

    /** How long past the timeout {@link #listBounded} waits for the server to report it. */
    private static final Duration GRACE = Duration.ofMillis(500);

    private final Driver driver;
    private final TransactionConfig config;
    private final Duration timeout;
    private final WarmupGate warmup;

    @Inject
    public Reads(Driver driver, @Value("${dissent.query-timeout:10s}") Duration timeout, WarmupGate warmup) {
        this.driver = driver;
        this.timeout = timeout;
        this.config = TransactionConfig.builder().withTimeout(timeout).build();
        this.warmup = warmup;
    }

    /** Reads outside the service (the import command): no start-up warm-up to wait for. */
    public Reads(Driver driver, Duration timeout) {
        this(driver, timeout, new WarmupGate());
    }

    /** Runs {@code cypher/<file>.cypher}, after the start-up warm-up has planned it if it is planning it now. */
    @Override
    public <T> List<T> list(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
        Duration waited = warmup.awaitPlanned(file, timeout);
        if (waited.isZero()) {
            return listText(CypherFiles.get(file), parameters, mapper);
        }
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(
                    tx -> tx.run(CypherFiles.get(file), parameters).list(mapper), after(waited));
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** The transaction config of a request that has already waited {@code waited} of its timeout. */
    private TransactionConfig after(Duration waited) {
        if (waited.isZero()) {
            return config;
        }
        Duration rest = timeout.minus(waited);
        return TransactionConfig.builder()
                .withTimeout(rest.compareTo(Duration.ofMillis(1)) > 0 ? rest : Duration.ofMillis(1))
                .build();
    }

    /**
     * Like {@link #list}, for work in steps on the server (a Graph Data Science projection, then
     * the algorithm on it), with two bounds that procedures need. The statements of {@code files}
     * run one after another in one read transaction; the single row of each step but the last is
     * added to the parameters of the next (no row: nothing to compute, an empty answer); and a
     * step starts only while the timeout has time left, so that an algorithm is never begun after
     * it. The caller stops waiting at the timeout (plus half a second) even when the server has
     * not stopped yet, for procedures that look at their transaction's termination only now and
     * then (Graph Data Science looks every 10 s); the transaction is terminated by its timeout,
     * and the session closed, so the server stops at its next look.
     */
    public <T> List<T> listBounded(List<String> files, Map<String, Object> parameters, Function<Record, T> mapper) {
        long started = System.nanoTime();
        files.forEach(file -> warmup.awaitPlanned(file, timeout));
        Duration waited = Duration.ofNanos(System.nanoTime() - started);
        Duration rest = timeout.minus(waited);
        if (rest.isNegative() || rest.isZero()) {
            throw stopped(null);
        }
        long end = System.nanoTime() + rest.toNanos();
        AsyncSession session = driver.session(
                AsyncSession.class,
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
        CompletableFuture<List<T>> result = session.executeReadAsync(
                        tx -> steps(tx, files, new HashMap<>(parameters), mapper, end), after(waited))
                .toCompletableFuture();
        try {
            return result.get(rest.plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw stopped(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailable("The request was interrupted.", e);
        } catch (ExecutionException e) {
            Throwable cause =
                    e.getCause() instanceof CompletionException c && c.getCause() != null ? c.getCause() : e.getCause();
            throw cause instanceof RuntimeException runtime ? translated(runtime) : new IllegalStateException(cause);
        } finally {
            session.closeAsync();
        }
    }

    private static <T> CompletionStage<List<T>> steps(
            AsyncTransactionContext tx,
            List<String> files,
            Map<String, Object> parameters,
            Function<Record, T> mapper,
            long end) {
        if (System.nanoTime() >= end) {
            return CompletableFuture.failedFuture(stopped(null));
        }
        String cypher = CypherFiles.get(files.get(0));
        if (files.size() == 1) {
            return tx.runAsync(cypher, parameters).thenCompose(cursor -> cursor.listAsync(mapper));
        }
        return tx.runAsync(cypher, parameters)
                .thenCompose(ResultCursor::listAsync)
                .thenCompose(rows -> {
                    if (rows.isEmpty()) {
                        return CompletableFuture.completedFuture(List.<T>of());
                    }
                    parameters.putAll(rows.get(0).asMap());
                    return steps(tx, files.subList(1, files.size()), parameters, mapper, end);
                });
    }

    private static DatabaseUnavailable stopped(Throwable cause) {
        return new DatabaseUnavailable(
                "The query took longer than allowed and was stopped; narrow the request.", cause);
    }

    /** Runs a statement built at run time (Cypher-DSL), in a read transaction of its own; values always as parameters. */
    @Override
    public <T> List<T> listText(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        return inOneTransaction(tx -> tx.listText(cypher, parameters, mapper));
    }

    /**
     * Runs several statements in ONE read transaction (a page's total and its items see the same
     * data), with the same timeout and failure translation as the single-statement calls.
     */
    public <T> T inOneTransaction(Function<Tx, T> work) {
        return inOneTransaction(List.of(), work);
    }

    /**
     * Like {@link #inOneTransaction(Function)}, after the start-up warm-up has planned {@code files}
     * (those it is planning now): the wait happens before the transaction opens, so the
     * transaction's own clock does not run while it waits, and the time waited counts against the
     * request's timeout. Under load on a cold server, a timeline that waited for its parts inside
     * its transaction was stopped by that transaction's timeout (a 503 in LoadIT on CI).
     */
    public <T> T inOneTransaction(Collection<String> files, Function<Tx, T> work) {
        Duration waited = Duration.ZERO;
        for (String file : files) {
            waited = waited.plus(warmup.awaitPlanned(file, timeout.minus(waited)));
        }
        TransactionConfig remaining = after(waited);
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.executeRead(tx -> work.apply(new Tx(tx, warmup, timeout)), remaining);
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    /** The statements of one read transaction: query files or statements built at run time. */
    public static final class Tx implements Statements {
        private final TransactionContext tx;
        private final WarmupGate warmup;
        private final Duration timeout;

        private Tx(TransactionContext tx, WarmupGate warmup, Duration timeout) {
            this.tx = tx;
            this.warmup = warmup;
            this.timeout = timeout;
        }

        @Override
        public <T> List<T> list(String file, Map<String, Object> parameters, Function<Record, T> mapper) {
            warmup.awaitPlanned(file, timeout);
            return listText(CypherFiles.get(file), parameters, mapper);
        }

        @Override
        public <T> List<T> listText(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
            return tx.run(cypher, parameters).list(mapper);
        }
    }

    /**
     * A driver failure as the API reports it: unreachable, busy or timed-out databases become
     * {@link DatabaseUnavailable} (a 503); anything else is returned as it is. For the
     * repositories that hold a transaction of their own (the export streams its rows).
     */
    public static RuntimeException translated(RuntimeException e) {
        if (e instanceof ServiceUnavailableException || e instanceof SessionExpiredException) {
            return new DatabaseUnavailable("The database is unreachable; try again shortly.", e);
        }
        if (e instanceof TransientException) {
            return new DatabaseUnavailable(
                    "The database is busy or the query took too long; try again or narrow the request.", e);
        }
        if (e instanceof ClientException client && stoppedByTheServer(client)) {
            return stopped(e);
        }
        if (e instanceof ClientException && String.valueOf(e.getMessage()).contains("acquire connection")) {
            // every pooled connection busy or the database not answering within dissent.neo4j.acquisition-timeout
            return new DatabaseUnavailable("The database is unreachable; try again shortly.", e);
        }
        return e;
    }

    /**
     * Whether the server stopped the transaction (its timeout, or a TERMINATE TRANSACTION): the
     * error's code says so, or, when the termination reached a procedure or function first (a GDS
     * projection, for one), the code is that the call failed and the cause is in the message.
     */
    private static boolean stoppedByTheServer(ClientException e) {
        String code = String.valueOf(e.code());
        return code.contains("TransactionTimedOut")
                || code.contains("Terminated")
                || (code.contains("Procedure")
                        && String.valueOf(e.getMessage()).contains("TransactionTerminatedException"));
    }
}

package org.dissentgraph.neo4j;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The query files being planned by the start-up warm-up ({@link QueryWarmup}). A request for one
 * of them waits for that planning, up to its own timeout, instead of planning the same statement
 * a second time beside it: several clients arriving at once on a cold server would otherwise plan
 * it once each, on the same two cores. Empty when the warm-up is off or done, so then nothing waits.
 */
@Singleton
public final class WarmupGate {

    private final Map<String, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();

    void begin(Collection<String> files) {
        files.forEach(file -> pending.put(file, new CompletableFuture<>()));
    }

    void done(String file) {
        CompletableFuture<Void> planned = pending.remove(file);
        if (planned != null) {
            planned.complete(null);
        }
    }

    /**
     * Waits until {@code file} is planned, at most {@code max}, and returns at once for any other
     * file. A request that has waited its whole timeout gets a 503 ({@link DatabaseUnavailable})
     * rather than running its statement after it: no request outlives its timeout.
     *
     * @return how long it waited ({@link Duration#ZERO} when nothing was being planned)
     */
    public Duration awaitPlanned(String file, Duration max) {
        CompletableFuture<Void> planned = pending.get(file);
        if (planned == null) {
            return Duration.ZERO;
        }
        long started = System.nanoTime();
        try {
            planned.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            // the warm-up failed (logged there): the request plans the statement itself
        } catch (TimeoutException e) {
            throw new DatabaseUnavailable(
                    "The service is still preparing this query after its start; try again shortly.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseUnavailable("The request was interrupted.", e);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Whether nothing is being planned (the warm-up is done, failed or off). */
    public boolean idle() {
        return pending.isEmpty();
    }

    /**
     * Waits, at most {@code max}, until the warm-up has planned everything it began: for a caller that
     * measures the service in its steady state (LoadIT), not in the seconds after its start.
     *
     * @return whether it is idle
     */
    public boolean awaitIdle(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        for (CompletableFuture<Void> planned : pending.values()) {
            long left = deadline - System.nanoTime();
            try {
                planned.get(Math.max(left, 0), TimeUnit.NANOSECONDS);
            } catch (ExecutionException | TimeoutException e) {
                return idle();
            }
        }
        return idle();
    }
}

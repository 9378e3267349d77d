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

    /** Waits until {@code file} is planned, at most {@code max}; returns at once for any other file. */
    public void awaitPlanned(String file, Duration max) {
        CompletableFuture<Void> planned = pending.get(file);
        if (planned == null) {
            return;
        }
        try {
            planned.get(max.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            // the warm-up is late or failed: the request plans the statement itself
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean idle() {
        return pending.isEmpty();
    }
}

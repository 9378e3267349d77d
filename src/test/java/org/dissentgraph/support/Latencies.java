package org.dissentgraph.support;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, gathered from many threads, read as percentiles of the sorted values. */
public final class Latencies {

    private long[] values = new long[4096];
    private int size;

    public synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    public synchronized void addAll(Latencies other) {
        long[] copy;
        int n;
        synchronized (other) {
            copy = other.values;
            n = other.size;
        }
        for (int i = 0; i < n; i++) {
            add(copy[i]);
        }
    }

    public synchronized int count() {
        return size;
    }

    /** The value below which {@code p} percent of the latencies fall (nearest rank), in milliseconds. */
    public synchronized double percentileMillis(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    public synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
        }
        return max / 1e6;
    }

    public String summary() {
        return String.format(
                Locale.ROOT,
                "n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms",
                count(),
                percentileMillis(50),
                percentileMillis(90),
                percentileMillis(99),
                maxMillis());
    }
}

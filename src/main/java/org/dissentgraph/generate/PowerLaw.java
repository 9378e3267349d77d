package org.dissentgraph.generate;

import java.util.SplittableRandom;

/**
 * Ranks {@code 0..n-1} drawn with probability falling as a power of the rank (Zipf-like), by
 * inverting the continuous power-law distribution on {@code [1, n+1)}: rank 0 is the biggest hub.
 * O(1) per draw and no tables, so it works for any n. {@link StrictMath} keeps the draws the
 * same on every JVM and CPU.
 */
final class PowerLaw {

    private final int n;
    private final double exponent;
    private final double span;

    /** @param exponent 1 for classic Zipf; smaller spreads the mass, larger concentrates it */
    PowerLaw(int n, double exponent) {
        if (n < 1 || exponent <= 0) {
            throw new IllegalArgumentException("n " + n + ", exponent " + exponent);
        }
        this.n = n;
        this.exponent = exponent;
        this.span = exponent == 1.0 ? StrictMath.log(n + 1.0) : StrictMath.pow(n + 1.0, 1 - exponent) - 1;
    }

    int sample(SplittableRandom random) {
        double u = random.nextDouble();
        double x = exponent == 1.0 ? StrictMath.exp(u * span) : StrictMath.pow(1 + u * span, 1 / (1 - exponent));
        int rank = (int) x - 1;
        return Math.max(0, Math.min(n - 1, rank));
    }

    /** The chance that {@link #sample} returns {@code rank}. */
    double probability(int rank) {
        return cdf(rank + 2.0) - cdf(rank + 1.0);
    }

    private double cdf(double x) {
        return exponent == 1.0 ? StrictMath.log(x) / span : (StrictMath.pow(x, 1 - exponent) - 1) / span;
    }
}

package org.dissentgraph.generate;

import java.util.SplittableRandom;

/**
 * A seeded bijection of {@code 0..n-1} that spreads the ranks of a {@link PowerLaw} over the ids,
 * so the hubs are not simply the first persons, nor evenly spaced. A four-round Feistel network on
 * the smallest even number of bits that holds n, walking the cycle until it lands below n: no
 * n-element array, and invertible.
 */
final class Shuffle {

    private static final int ROUNDS = 4;

    private final int n;
    private final int half;
    private final int mask;
    private final long[] keys = new long[ROUNDS];

    Shuffle(int n, SplittableRandom random) {
        this.n = n;
        int bits = Math.max(2, 32 - Integer.numberOfLeadingZeros(n - 1));
        this.half = (bits + 1) / 2;
        this.mask = (1 << half) - 1;
        for (int k = 0; k < ROUNDS; k++) {
            keys[k] = random.nextLong();
        }
    }

    int apply(int rank) {
        int x = rank;
        do {
            x = encrypt(x);
        } while (x >= n);
        return x;
    }

    int invert(int index) {
        int x = index;
        do {
            x = decrypt(x);
        } while (x >= n);
        return x;
    }

    private int encrypt(int x) {
        int left = x >>> half;
        int right = x & mask;
        for (int k = 0; k < ROUNDS; k++) {
            int next = left ^ round(right, k);
            left = right;
            right = next;
        }
        return (left << half) | right;
    }

    private int decrypt(int x) {
        int left = x >>> half;
        int right = x & mask;
        for (int k = ROUNDS - 1; k >= 0; k--) {
            int previous = right ^ round(left, k);
            right = left;
            left = previous;
        }
        return (left << half) | right;
    }

    private int round(int value, int k) {
        return (int) (Draw.mix(value ^ keys[k]) & mask);
    }
}

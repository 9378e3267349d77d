package org.dissentgraph.generate;

import java.util.SplittableRandom;

/**
 * Seeded random streams. Every generated thing draws from its own stream, keyed by the seed, a
 * stream number and its index, so any part of the dataset can be recomputed on demand (a person's
 * life dates when someone criticizes them) instead of being kept in memory, and the output does
 * not depend on the order in which things are asked for.
 */
final class Draw {

    // the streams; each number names one kind of generated thing
    static final long LIFE = 1;
    static final long NAME = 2;
    static final long PERSON = 3;
    static final long MEMBERSHIP = 4;
    static final long PENALTY = 5;
    static final long CRITICISM = 6;
    static final long DOCUMENT = 7;
    static final long FACTION = 8;
    static final long MEETING = 9;
    static final long SOURCE = 10;
    static final long PLACE = 11;
    static final long STATEMENT = 12;
    static final long SETUP = 13;

    private Draw() {}

    /** A generator for item {@code index} of {@code stream}. */
    static SplittableRandom of(long seed, long stream, long index) {
        return new SplittableRandom(mix(mix(seed + stream * 0x9E3779B97F4A7C15L) ^ index));
    }

    /** The SplitMix64 finaliser: spreads nearby inputs over the whole range. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static boolean chance(SplittableRandom random, int percent) {
        return random.nextInt(100) < percent;
    }

    /** An index into {@code weights}, each chosen in proportion to its weight. */
    static int weighted(SplittableRandom random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            pick -= weights[i];
            if (pick < 0) {
                return i;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    static <T> T one(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A whole number in {@code [from, to]}. */
    static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }
}

package org.inferenceshift.experiment;

/**
 * Each run's seed, from the experiment seed and the run's index alone (never time or thread), so a
 * resumed or redistributed experiment gives every run the seed it would have had.
 *
 * <p>Seeds are 32-bit: MASON's {@code MersenneTwisterFast} uses only the low 32 bits of a {@code long}
 * seed, so two seeds that differ only above bit 31 would silently repeat one run. The seed of run i is
 * {@code fmix32(base + i)} where {@code base} comes from the experiment seed; {@code fmix32} (MurmurHash3's
 * finaliser) is a bijection on 32-bit integers, so the runs of one experiment never share a seed (up to
 * 2^32 runs), while neighbouring runs get unrelated-looking seeds.
 */
public final class RunSeeds {
    private RunSeeds() {
    }

    /** The seed of run {@code runIndex}, in [0, 2^32). */
    public static long of(long experimentSeed, int runIndex) {
        int base = (int) fmix64(experimentSeed);
        return Integer.toUnsignedLong(fmix32(base + runIndex));
    }

    /** Seed of the experiment's own draws (a Latin hypercube), kept apart from every run's stream. */
    public static long designSeed(long experimentSeed) {
        return fmix64(experimentSeed ^ 0x5DEECE66DL);
    }

    static int fmix32(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h;
    }

    static long fmix64(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}

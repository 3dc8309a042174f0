package org.inferenceshift.random;

import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.AbstractRandomGenerator;

/**
 * Lets commons-math3 distributions draw from MASON's generator, so a run has exactly one source of
 * randomness, seeded from the scenario. Reseeding through this adapter reseeds the MASON generator.
 */
public final class MasonRandomGenerator extends AbstractRandomGenerator {
    private final MersenneTwisterFast random;

    public MasonRandomGenerator(MersenneTwisterFast random) {
        this.random = random;
    }

    @Override
    public void setSeed(long seed) {
        random.setSeed(seed);
    }

    @Override
    public double nextDouble() {
        return random.nextDouble();
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return random.nextInt(n);
    }

    @Override
    public long nextLong() {
        return random.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return random.nextBoolean();
    }

    @Override
    public double nextGaussian() {
        return random.nextGaussian();
    }
}

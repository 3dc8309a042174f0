package org.inferenceshift.labs;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.scenario.IdaParams;

/**
 * Inference-during-training by iterated amplification and distillation (DESIGN §4, MODEL.md §7.10): the
 * capability a lab's IDA compute has added to its internal model, and the part of it released to users.
 * The gains carry over from one deployed model to the next.
 *
 * <p>The lab's IDA compute accumulates in a pool. With no iteration running, none stopped and the ceiling
 * not reached, an iteration starts as soon as the pool covers its cost ({@link #iterationFlop}) for the
 * model the lab serves at its highest k; the cost leaves the pool and the iteration ends
 * {@code monthsPerIteration} months later, when its gain is drawn ({@link #drawGain}) and the lab's
 * {@link IdaStopping} decides whether to go on. One iteration runs at a time: each distils the previous
 * one's amplified model.
 */
public final class IdaGains implements Serializable {
    private static final long serialVersionUID = 1L;

    private double internalE;
    private double deployedE;
    private double poolFlop;
    private double iterationFlopTotal;
    private int monthsLeft;
    private int iterations;
    private int failures;
    private double lastGainE;
    private boolean stopped;

    /**
     * Compute of one iteration for a model of {@code parameters} N at inference multiplier k:
     * amplification S T k 2N (generating S samples of T tokens at k times a plain answer's compute) plus
     * distillation 6 N S T (training on them), with S samplesPerIteration and T tokensPerSample.
     */
    public static double iterationFlop(double parameters, double k, IdaParams ida) {
        double tokens = ida.samplesPerIteration() * ida.tokensPerSample();
        return tokens * parameters * (k * ModelShape.INFERENCE_FLOP_PER_PARAMETER_TOKEN
                + ModelShape.TRAINING_FLOP_PER_PARAMETER_TOKEN);
    }

    /**
     * The gain of one finished iteration from {@code achievedE}: 0 with probability failureProbability,
     * else gainPerIterationE (1 - achieved/ceiling) (1 + gainNoise (2u - 1)), capped at the ceiling. Two
     * uniform draws every time, failed or not, so the stream advances the same way whatever the outcome.
     */
    public static double drawGain(double achievedE, IdaParams ida, MersenneTwisterFast random) {
        double failure = random.nextDouble();
        double u = random.nextDouble();
        double ceiling = ida.ceilingGainE();
        if (failure < ida.failureProbability() || ceiling <= 0 || achievedE >= ceiling) {
            return 0;
        }
        double gain = ida.gainPerIterationE() * (1 - achievedE / ceiling) * (1 + ida.gainNoise() * (2 * u - 1));
        return Math.min(Math.max(0, gain), ceiling - achievedE);
    }

    /**
     * One month: adds {@code flop} of IDA compute to the pool, ends the running iteration if its months are
     * up, starts the next one if the pool covers it, and releases the internal gains once they lead the
     * deployed ones by deployGapE.
     *
     * @param served shape of the model the lab serves (its N sets the iteration's cost)
     * @param k the lab's highest inference multiplier (amplification's k)
     */
    public void month(double flop, ModelShape served, double k, IdaParams ida, IdaStopping stopping,
                      MersenneTwisterFast random) {
        poolFlop += flop;
        if (monthsLeft > 0 && --monthsLeft == 0) {
            lastGainE = drawGain(internalE, ida, random);
            internalE += lastGainE;
            iterations++;
            if (lastGainE == 0) {
                failures++;
            }
            stopped = stopping.stopAfter(lastGainE);
        }
        if (monthsLeft == 0 && internalE >= ida.ceilingGainE()) {
            stopped = true; // nothing left to gain: the lab spends its IDA share on serving from next month
        }
        if (monthsLeft == 0 && !stopped) {
            double cost = iterationFlop(served.parameters(), k, ida);
            if (poolFlop >= cost) {
                poolFlop -= cost;
                iterationFlopTotal += cost;
                monthsLeft = ida.monthsPerIteration();
            }
        }
        if (internalE - deployedE >= ida.deployGapE()) {
            deployedE = internalE;
        }
    }

    /** Gain (E, OOM) of the lab's internal model, released or not. */
    public double getInternalE() { return internalE; }

    /** Gain (E, OOM) released to users. */
    public double getDeployedE() { return deployedE; }

    /** IDA compute bought and not yet committed to an iteration (FLOP). */
    public double getPoolFlop() { return poolFlop; }

    /** Compute committed to iterations so far (FLOP), the running one included. */
    public double getIterationFlopTotal() { return iterationFlopTotal; }

    /** Finished iterations, failed ones included. */
    public int getIterations() { return iterations; }

    /** Finished iterations that gained nothing. */
    public int getFailures() { return failures; }

    /** Gain (E) of the last finished iteration, 0 before the first. */
    public double getLastGainE() { return lastGainE; }

    /** Whether an iteration is running. */
    public boolean isIterating() { return monthsLeft > 0; }

    /** Whether the lab has ended its iterating: its {@link IdaStopping} said so, or it reached the ceiling. */
    public boolean isStopped() { return stopped; }
}

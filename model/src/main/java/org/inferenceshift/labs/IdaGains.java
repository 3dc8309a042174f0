package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.scenario.IdaParams;

/**
 * Inference-during-training (DESIGN §4): the capability a lab's IDA compute has added to its internal
 * model, and the part of it released to users. The gains carry over from one deployed model to the next.
 */
public final class IdaGains implements Serializable {
    private static final long serialVersionUID = 1L;

    private double internalE;
    private double deployedE;
    private double computeFlop;

    /**
     * Compute accumulates; each iteration costs {@code computeMultiple} times the deployed model's
     * pre-training compute and raises the internal model by {@code gainPerIteration * (1 - gain so far /
     * ceiling)}. The gains stay internal until they lead the deployed model by {@code deployGap}, when the
     * lab releases them.
     *
     * @param deployedPhysicalFlop pre-training compute of the model the lab serves
     */
    public void amplify(double flop, double deployedPhysicalFlop, IdaParams ida) {
        double ceiling = ida.ceilingGainE();
        double gainPerIteration = ida.gainPerIterationE();
        if (ceiling <= 0) {
            return;
        }
        computeFlop += flop;
        double iterationCost = ida.computeMultiple() * deployedPhysicalFlop;
        if (iterationCost > 0 && internalE < ceiling && computeFlop >= iterationCost) {
            // Each iteration closes the share gainPerIteration/ceiling of the gap to the ceiling, so n of them
            // close 1 - (1 - share)^n of it: computed at once, since cheap iterations can number billions. A
            // share of 1 or more reaches the ceiling in one iteration, which ends the iterating.
            double share = gainPerIteration / ceiling;
            double n = share >= 1 ? 1 : Math.floor(computeFlop / iterationCost);
            computeFlop = Math.max(0, computeFlop - n * iterationCost);
            internalE = share >= 1 ? internalE + gainPerIteration * (1 - internalE / ceiling)
                    : ceiling - (ceiling - internalE) * Math.pow(1 - share, n);
        }
        if (internalE - deployedE >= ida.deployGapE()) {
            deployedE = internalE;
        }
    }

    /** Gain (E, OOM) of the lab's internal model, released or not. */
    public double getInternalE() { return internalE; }

    /** Gain (E, OOM) released to users. */
    public double getDeployedE() { return deployedE; }
}

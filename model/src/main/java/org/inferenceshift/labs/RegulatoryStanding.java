package org.inferenceshift.labs;

import java.io.Serializable;
import java.util.Arrays;

/**
 * A lab's standing with the regulators: which of them cover its deployed model this month, which model's
 * compliance it paid each of them, and the regions it withholds its deployed model from.
 */
public final class RegulatoryStanding implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Per regulator: id of the model whose compliance was paid (-1: none yet). */
    private final int[] compliantModelByRegulator;
    /** Per regulator: whether it covers the deployed model this month. */
    private final boolean[] coveredByRegulator;
    /** Per region: whether the lab withholds its deployed model there. */
    private final boolean[] withheldInRegion;

    public RegulatoryStanding(int regulators, int regions) {
        compliantModelByRegulator = new int[regulators];
        Arrays.fill(compliantModelByRegulator, -1);
        coveredByRegulator = new boolean[regulators];
        withheldInRegion = new boolean[regions];
    }

    public boolean isCoveredBy(int regulator) { return coveredByRegulator[regulator]; }
    public void setCoveredBy(int regulator, boolean covered) { coveredByRegulator[regulator] = covered; }
    public boolean hasComplied(int regulator, TrainedModel model) { return compliantModelByRegulator[regulator] == model.id(); }
    public void markComplied(int regulator, TrainedModel model) { compliantModelByRegulator[regulator] = model.id(); }
    public boolean isWithheldIn(int region) { return region < withheldInRegion.length && withheldInRegion[region]; }
    public void withholdIn(int region) { withheldInRegion[region] = true; }

    /** A newly deployed model is offered everywhere until a regulator's coverage makes the lab withhold it. */
    void offerEverywhere() {
        Arrays.fill(withheldInRegion, false);
    }

    /** Whether any regulator covers the deployed model this month. */
    public boolean isCovered() {
        for (boolean c : coveredByRegulator) {
            if (c) {
                return true;
            }
        }
        return false;
    }
}

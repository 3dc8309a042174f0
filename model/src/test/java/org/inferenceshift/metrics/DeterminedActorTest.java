package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.GainShape;
import org.junit.jupiter.api.Test;

/** The determined actor's reach (issue 19 item 4) and the per-regulator error counts, by hand. */
class DeterminedActorTest {
    // HARD gain: 0.7 per OOM of k, up to the plateau P
    private final CapabilityFunction capability = new CapabilityFunction(
            new CapabilityParams(1e30, 1.0, 0.7, 0.1, 0.5, 4.5, GainShape.HARD, 0.1, 28.5, 27.5));

    @Test
    void openWeightsReachThePlateauAndNoFurther() {
        // $1e5 per task, 1e18 FLOP/$, 1e16 FLOP per task at k = 1: k = 1e7, capped at 10^3 -> 26 + 0.7 * 3 = 28.1
        assertEquals(28.1, DeterminedActor.openWeightsE(capability, 26, 3, 1e16, 1e5, 1e18), 1e-12);
        // $1 per task: k = 100 -> 26 + 0.7 * 2 = 27.4
        assertEquals(27.4, DeterminedActor.openWeightsE(capability, 26, 3, 1e16, 1, 1e18), 1e-12);
        // $0.001 per task does not buy one task at k = 1 (k = 0.1)
        assertTrue(Double.isNaN(DeterminedActor.openWeightsE(capability, 26, 3, 1e16, 1e-3, 1e18)));
    }

    private static TrainedModel model(int id, double baseE, double plateau, boolean open) {
        return new TrainedModel(id, "lab-" + id, 0, 1e25, 1e25, 0, ModelShape.fromCompute(1e25, 20), baseE, plateau, open);
    }

    @Test
    void onlyUncoveredModelsCount() {
        TrainedModel closed = model(0, 26.5, 2, false);
        TrainedModel openCovered = model(1, 27, 4, true);
        TrainedModel openFree = model(2, 26, 3, true);
        double flopPerTask = openFree.shape().flopPerQuery(1000, 1);
        double budgetForK100 = 100 * flopPerTask / 1e18;
        List<DeployedModel> deployed = List.of(new DeployedModel(closed, false, 27.0, false),
                new DeployedModel(openCovered, true, 27.0, true), new DeployedModel(openFree, true, 26.0, false));
        // the covered open model would give 27 + 0.7 * 4 = 29.8; the uncovered one at k = 100 gives 27.4 > 27.0
        assertEquals(27.4, DeterminedActor.bestE(deployed, capability, 1000, budgetForK100, 1e18), 1e-9);
        // a budget of a tenth: k = 10, 26.7 < the closed tier's 27.0
        assertEquals(27.0, DeterminedActor.bestE(deployed, capability, 1000, budgetForK100 / 10, 1e18), 1e-9);
        assertTrue(Double.isNaN(DeterminedActor.bestE(List.of(new DeployedModel(openCovered, true, 27, true)),
                capability, 1000, budgetForK100, 1e18)), "nothing uncovered: NA");
        // false positives: covered models below the danger line 27.5 (the covered one at 27.0)
        assertEquals(1, RegulationFacts.falsePositiveModels(deployed, 27.5, DeployedModel::covered));
        assertEquals(0, RegulationFacts.falsePositiveModels(deployed, 27.0, DeployedModel::covered));
        assertEquals(0.25, RegulationFacts.frontierGapE(1, 27.25, 27.0), 0);
        assertTrue(Double.isNaN(RegulationFacts.frontierGapE(0, 27.25, 27.0)), "no regulator: NA");
    }
}

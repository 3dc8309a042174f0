package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.FixedAllocation;
import org.inferenceshift.labs.FixedMenu;
import org.inferenceshift.labs.LabDecisions;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.LabSpec;
import org.junit.jupiter.api.Test;

/** Counts over trained models, on hand-built labs and models. */
class ModelCountsTest {
    private static final LabSpec DEFAULTS = TestScenarios.small(10, 12, "").labDefaults();
    private static final Lab FOUNDER = lab("founder", 0);
    /** An entrant that arrived in month 7 with a copy of someone's open weights. */
    private static final Lab ENTRANT = lab("entrant-1", 7);

    private static Lab lab(String id, int entryStep) {
        LabSpec d = DEFAULTS;
        LabSpec spec = new LabSpec(id, d.cashUsd(), d.revenueUsdPerMonth(), d.fixedCostUsdPerMonth(), d.initialUserShare(),
                d.openWeights(), d.allocationStrategy(), d.pricingPolicy(), d.capacityPlanning(), d.tierInference(),
                d.inferenceRevision(), d.tokensPerParameter(), d.trainingMonths(),
                d.finalRunShare(), d.initialModel(), d.allocation(), d.tier());
        return new Lab(0, spec, entryStep, new LabDecisions(new FixedAllocation(d.allocation(), d.tokensPerParameter()), new FixedMenu()), 0, 0);
    }

    private static TrainedModel model(Lab lab, int trained, double pre, double post, int released, double deployed) {
        TrainedModel m = new TrainedModel(0, lab.getId(), trained, pre, pre, post, ModelShape.fromCompute(pre, 20), 25, 1, false);
        if (released >= 0) {
            lab.deploy(m, released);
        }
        m.addDeploymentFlop(deployed);
        return m;
    }

    private final List<TrainedModel> models = List.of(
            model(FOUNDER, 0, 9.9e24, 2e23, 0, 2e25),  // 1.01e25 with post-training: counts; old and past its cross-over
            model(FOUNDER, 0, 9.9e24, 0, 0, 1e24),     // 9.9e24: below; old, not past the cross-over
            model(FOUNDER, 4, 3e25, 1e23, 5, 1e26),    // counts; released in month 5
            model(FOUNDER, 9, 5e25, 1e24, -1, 0),      // shelved: never counts
            model(ENTRANT, 7, 4e25, 0, 7, 0),          // the entrant's copy of open weights: not a training run
            model(ENTRANT, 13, 2e25, 0, 13, 0));       // the entrant's own run: counts
    private final List<TrainedModel> ownRuns = ModelCounts.ownRuns(models,
            Map.of(FOUNDER.getId(), FOUNDER.getEntryStep(), ENTRANT.getId(), ENTRANT.getEntryStep()));

    @Test
    void anEntrantsCopyOfOpenWeightsIsNotATrainingRun() {
        assertEquals(List.of(models.get(0), models.get(1), models.get(2), models.get(3), models.get(5)), ownRuns);
    }

    @Test
    void countsReleasedTrainingRunsAtOrAboveTheThresholdWithPostTraining() {
        assertEquals(3, ModelCounts.releasedAtLeast(ownRuns, 1e25));
        assertEquals(2, ModelCounts.releasedAtLeast(ownRuns, 2e25));
    }

    @Test
    void largestRunIsTheLargestReleasedTrainingRun() {
        assertEquals(3e25 + 1e23, ModelCounts.largestReleasedTrainingFlop(ownRuns), 1e10);
    }

    @Test
    void crossOverShareCountsOnlyModelsOldEnough() {
        // at month 12 only the two opening models are a year old: one of two is past the cross-over
        assertEquals(0.5, ModelCounts.deploymentExceedsPretrainingShare(models, 12, 12), 1e-12);
        // at month 17 the month-5 release joins, past its cross-over too
        assertEquals(2.0 / 3, ModelCounts.deploymentExceedsPretrainingShare(models, 17, 12), 1e-12);
        assertTrue(Double.isNaN(ModelCounts.deploymentExceedsPretrainingShare(models, 11, 12)));
    }
}

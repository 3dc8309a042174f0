package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.regulation.NoPolicy;
import org.inferenceshift.regulation.RegulatoryPolicy;
import org.inferenceshift.regulation.TrainingThreshold;
import org.junit.jupiter.api.Test;

/** The frontier and regulation helpers on hand-built inputs, with each band and line given as an argument. */
class FrontierAndRegulationFactsTest {

    private static TrainedModel model(double pretrainingFlop, double postTrainingFlop) {
        return new TrainedModel(0, "lab", 0, pretrainingFlop, pretrainingFlop, postTrainingFlop,
                ModelShape.fromCompute(pretrainingFlop, 20), 25, 1, false);
    }

    private static DeployedModel deployed(double topE, boolean openWeights) {
        return new DeployedModel(model(1e25, 0), openWeights, topE, false);
    }

    private final List<DeployedModel> field = List.of(deployed(25.0, false), deployed(24.6, false),
            deployed(24.4, true), deployed(25.25, true));

    @Test
    void labsNearTheFrontierAreThoseWithinTheGap() {
        // frontier 25.25: within 0.5 are 25.0 and 25.25; within 1 all but 24.0-and-below (none), so all four
        assertEquals(2, FrontierField.labsWithin(field, 25.25, 0.5));
        assertEquals(4, FrontierField.labsWithin(field, 25.25, 1.0));
        assertEquals(1, FrontierField.labsWithin(field, 25.25, 0.0));
        assertEquals(0, FrontierField.labsWithin(List.of(), Double.NaN, 0.5));
    }

    @Test
    void openWeightGapIsMeasuredFromTheBestOpenLab() {
        assertEquals(0.0, FrontierField.openWeightGapE(field, 25.25), 0.0);
        assertEquals(0.6, FrontierField.openWeightGapE(field.subList(0, 3), 25.0), 1e-12);
        assertTrue(Double.isNaN(FrontierField.openWeightGapE(field.subList(0, 2), 25.0)));
    }

    @Test
    void bunchingCountsRunsWithinTheBandOnEitherSideOfAThreshold() {
        List<RegulatoryPolicy> policies = List.of(new NoPolicy(), new TrainingThreshold(1e26));
        // training compute (pre + post) over the 1e26 line: log10 ratios -0.22, -0.40, +0.18
        List<TrainedModel> runs = List.of(model(5.9e25, 1e24), model(4e25, 0), model(1.5e26, 0));
        // a 0.3 OOM band (factor 1.995) holds the first below and the third above
        assertEquals(1, RegulationFacts.runsBelowThreshold(runs, policies, 0.3));
        assertEquals(0.5, RegulationFacts.bunchingShare(runs, policies, 0.3), 1e-12);
        // a 0.5 OOM band (factor 3.16) also holds the second: two below, one above
        assertEquals(2, RegulationFacts.runsBelowThreshold(runs, policies, 0.5));
        assertEquals(2.0 / 3, RegulationFacts.bunchingShare(runs, policies, 0.5), 1e-12);
        // no threshold at all: no run near one
        assertTrue(Double.isNaN(RegulationFacts.bunchingShare(runs, List.of(new NoPolicy()), 0.3)));
    }

    @Test
    void regulatorsSeeTheInternalLeadOnlyUnderDisclosure() {
        assertEquals(0.5, RegulationFacts.visibleInternalGapE(true, 26.0, 25.5), 0.0);
        assertEquals(0.0, RegulationFacts.visibleInternalGapE(false, 26.0, 25.5), 0.0);
        assertEquals(0.0, RegulationFacts.visibleInternalGapE(true, 25.0, 25.5), 0.0);
    }
}

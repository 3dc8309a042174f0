package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The texts' appendix arithmetic, at its two limits and in between, against hand values. */
class TextChecksTest {
    @Test
    void tenTimesThePretrainingCostsTenTimesWhenTrainingDominatesAndSqrtTenWhenDeploymentDoes() {
        assertEquals(10, TextChecks.preScaling(1), 1e-12);
        assertEquals(Math.sqrt(10), TextChecks.preScaling(0), 1e-12); // the appendix's "~3x"
        // half and half: 0.5 * 10 + 0.5 * 3.1623 = 6.5811
        assertEquals(6.5811388301, TextChecks.preScaling(0.5), 1e-9);
    }

    @Test
    void tenTimesTheInferenceCostsNothingWhenTrainingDominatesAndTenTimesWhenDeploymentDoes() {
        assertEquals(1, TextChecks.inferenceScaling(1), 1e-12);
        assertEquals(10, TextChecks.inferenceScaling(0), 1e-12);
        assertEquals(5.5, TextChecks.inferenceScaling(0.5), 1e-12);
    }

    @Test
    void aHundredTimesTheInferenceLeavesOnePercentOfTheCopies() {
        assertEquals(0.01, TextChecks.copiesRatio(100), 1e-15);
    }
}

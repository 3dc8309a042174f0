package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class EffectMeasureTest {
    /** Geometric means 10 and 100: one order of magnitude, whatever the arithmetic means are. */
    @Test
    void logRatioIsTheLogOfTheRatioOfGeometricMeans() {
        double[] a = Arrays.stream(new double[] {1, 100}).map(EffectMeasure.LOG10_RATIO::transform).toArray();
        double[] b = Arrays.stream(new double[] {10, 1000}).map(EffectMeasure.LOG10_RATIO::transform).toArray();
        EffectInterval ci = WelchInterval.of(a, b, 0.95);
        assertEquals(1.0, ci.estimate(), 1e-12);
        assertEquals(10.0, EffectMeasure.LOG10_RATIO.centre(1.0), 1e-12);
    }

    @Test
    void aValueALogCannotTakeIsUndefined() {
        assertTrue(Double.isNaN(EffectMeasure.LOG10_RATIO.transform(0)));
        assertTrue(Double.isNaN(EffectMeasure.LOG10_RATIO.transform(-3)));
        assertEquals(-3, EffectMeasure.DIFFERENCE.transform(-3));
    }
}

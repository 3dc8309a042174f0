package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class HumanLevelPeriodTest {
    private static final double NA = Double.NaN;

    @Test
    void countsTheMonthsFromTheFirstHumanLevelConfigurationInWhichItCostsMoreThanAHuman() {
        // months 0-1 none; 2-4 dearer than the wage (30x, 3x, 1.2x); 5 cheaper; 6 dearer again (a cheap model retired)
        HumanLevelPeriod p = HumanLevelPeriod.of(new double[] {NA, NA, 30, 3, 1.2, 0.5, 1.5, 0.2});
        assertEquals(2, p.firstMonth());
        assertEquals(4, p.monthsCostlier());
        assertEquals(5, p.firstCheaperMonth());
    }

    @Test
    void aRunWithoutHumanLevelOrWithoutADearerMonthSaysSo() {
        assertFalse(HumanLevelPeriod.of(new double[] {NA, NA}).reached());
        HumanLevelPeriod cheapAtOnce = HumanLevelPeriod.of(new double[] {NA, 0.01, 0.005});
        assertEquals(1, cheapAtOnce.firstMonth());
        assertEquals(0, cheapAtOnce.monthsCostlier());
        assertEquals(1, cheapAtOnce.firstCheaperMonth(), "a month below the wage ends the dearer period");
        HumanLevelPeriod neverCheap = HumanLevelPeriod.of(new double[] {5, 4, 3});
        assertEquals(-1, neverCheap.firstCheaperMonth());
        assertEquals(3, neverCheap.monthsCostlier());
    }
}

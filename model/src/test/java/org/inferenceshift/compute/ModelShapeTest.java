package org.inferenceshift.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inferenceshift.scenario.TrendParams;
import org.junit.jupiter.api.Test;

class ModelShapeTest {

    @Test
    void chinchillaShapeSplitsComputeAsSixNd() {
        // C = 6 N D, D = 20 N: N = sqrt(6e24 / 120) = sqrt(5e22) = 2.2360679775e11, D = 4.472135955e12
        ModelShape shape = ModelShape.fromCompute(6e24, 20);
        assertEquals(2.2360679775e11, shape.parameters(), 1e2);
        assertEquals(4.472135955e12, shape.tokens(), 1e3);
        assertEquals(6e24, 6 * shape.parameters() * shape.tokens(), 6e24 * 1e-12);
    }

    @Test
    void overTrainingMakesASmallerModelThatIsCheaperToServe() {
        ModelShape chinchilla = ModelShape.fromCompute(1e25, 20);
        ModelShape overTrained = ModelShape.fromCompute(1e25, 200);
        // ten times the tokens per parameter: sqrt(10) fewer parameters, so sqrt(10) cheaper per query
        assertEquals(Math.sqrt(10), chinchilla.flopPerQuery(1000, 1) / overTrained.flopPerQuery(1000, 1), 1e-9);
    }

    @Test
    void servingCostIsTwoNTokensK() {
        ModelShape shape = new ModelShape(1e12, 2e13);
        assertEquals(2 * 1e12 * 1000 * 100, shape.flopPerQuery(1000, 100), 1.0);
    }

    @Test
    void trendsCompoundYearly() {
        Trends trends = new Trends(new TrendParams(1e17, 1.35, 3.0, 2.0, 30));
        assertEquals(1e17, trends.flopPerDollar(0), 0);
        assertEquals(1.35e17, trends.flopPerDollar(12), 1e5);
        assertEquals(9.0, trends.algorithmicMultiplier(24), 1e-12);
        assertEquals(Math.sqrt(3.0), trends.algorithmicMultiplier(6), 1e-12);
    }

    /**
     * Serving efficiency compounds monthly at its yearly rate, apart from the other two trends, up to its
     * ceiling: at 2x a year it is 1 in month 0, 2^(18/12) = 2.828... after 18 months, 2^(1/12) = 1.0595
     * after one month, 16 after four years; after five (2^5 = 32) it has stopped at the ceiling of 30.
     */
    @Test
    void servingEfficiencyAfterNMonths() {
        Trends trends = new Trends(new TrendParams(1e17, 1.35, 3.0, 2.0, 30));
        assertEquals(1.0, trends.servingEfficiency(0), 0);
        assertEquals(2.0 * Math.sqrt(2.0), trends.servingEfficiency(18), 1e-12);
        assertEquals(1.0594630943592953, trends.servingEfficiency(1), 1e-12);
        assertEquals(8.0, trends.servingEfficiency(36), 1e-12);
        assertEquals(16.0, trends.servingEfficiency(48), 1e-12);
        assertEquals(30.0, trends.servingEfficiency(60), 0, "2^5 = 32 is above the ceiling");
        assertEquals(30.0, trends.servingEfficiency(131), 0);
        Trends off = new Trends(new TrendParams(1e17, 1.35, 3.0, 1.0, 30));
        assertEquals(1.0, off.servingEfficiency(120), 0, "1x a year: no serving efficiency gain");
    }
}

package org.inferenceshift.labs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.scenario.SyntheticDataParams;
import org.inferenceshift.scenario.SyntheticGenerationKind;
import org.junit.jupiter.api.Test;

/** Synthetic data: tokens per FLOP, verification by domain, and the shift of the data wall. */
class SyntheticDataTest {
    private static final SyntheticDataParams P = new SyntheticDataParams(true, 10, 0.7, 0.3, 0.05, 0.5, 0.5,
            SyntheticGenerationKind.ALWAYS);

    @Test
    void generationCostsTwoNkPerTokenAndVerificationDependsOnTheDomainMix() {
        // acceptance 0.7 x 0.3 + 0.3 x 0.05 = 0.21 + 0.015 = 0.225
        assertEquals(0.225, SyntheticData.acceptance(P), 1e-15);
        SyntheticData d = new SyntheticData();
        // 1e25 FLOP with N = 5e11 at k = 10: 1e25 / (2 x 5e11 x 10) = 1e12 tokens generated, 2.25e11 verified,
        // worth 1.125e11 human tokens at tokenValue 0.5
        d.generate(1.0e25, 5.0e11, P);
        assertEquals(1.0e12, d.getGeneratedTokens(), 1);
        assertEquals(2.25e11, d.getVerifiedTokens(), 1);
        assertEquals(1.125e11, d.getValueTokens(), 1);
        // only intuitive domains: 0.05 passes
        SyntheticData intuitive = new SyntheticData();
        intuitive.generate(1.0e25, 5.0e11, new SyntheticDataParams(true, 10, 0, 0.3, 0.05, 0.5, 0.5,
                SyntheticGenerationKind.ALWAYS));
        assertEquals(5.0e10, intuitive.getVerifiedTokens(), 1);
    }

    @Test
    void theWallMovesWithTheSquareOfTheDataStock() {
        // W = 3e26, r = 20: D_W = sqrt(3e26 x 20 / 6) = sqrt(1e27) = 3.1623e13 tokens
        double stock = Math.sqrt(1.0e27);
        assertEquals(3.0e26, SyntheticData.wallFlop(3.0e26, 20, 0, 0.5), 0, "no data, no shift");
        // V = D_W with exponent 0.5: W (1 + 1)^(2 x 0.5) = 2 W = 6e26
        assertEquals(6.0e26, SyntheticData.wallFlop(3.0e26, 20, stock, 0.5), 1e12);
        // V = 3 D_W: W 4^1 = 1.2e27; with exponent 1 (no diminishing returns): W 4^2 = 4.8e27
        assertEquals(1.2e27, SyntheticData.wallFlop(3.0e26, 20, 3 * stock, 0.5), 1e13);
        assertEquals(4.8e27, SyntheticData.wallFlop(3.0e26, 20, 3 * stock, 1.0), 1e14);
        // exponent 0: synthetic data never moves the wall
        assertEquals(3.0e26, SyntheticData.wallFlop(3.0e26, 20, 3 * stock, 0), 0);
    }

    @Test
    void generationDecisions() {
        assertTrue(new AlwaysGenerate().generate(1e20, 1e26));
        assertFalse(new GenerateWhenDataLimited().generate(1e25, 1e26), "below the wall compute is what limits");
        assertTrue(new GenerateWhenDataLimited().generate(1e27, 1e26));
        var s = TestScenarios.parse("{ \"labs\": [ { \"id\": \"a\" } ] }");
        assertTrue(LabDecisions.forLab(s.labs().get(0), s).syntheticGeneration() instanceof GenerateWhenDataLimited,
                "the default");
    }
}

package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.scenario.InferenceRevisionKind;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.scenario.TierInferenceKind;
import org.junit.jupiter.api.Test;

class PremiseFactorialTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @Test
    void theInferenceEraWithThePremiseSetIsDeploymentScalingAsResolved() throws Exception {
        // cell 3, what the premise experiment runs for the inference-era arm, must be the shipped premised world
        PremiseFactorial design = PremiseFactorial.of(SCENARIOS);
        ObjectNode cell3 = (ObjectNode) ScenarioLoader.mapper().valueToTree(
                ScenarioLoader.load(SCENARIOS.resolve("inference-era.json"), design.premised()));
        ObjectNode premised = (ObjectNode) EraFactorial.tree(SCENARIOS.resolve(PremiseFactorial.FILE));
        for (ObjectNode tree : List.of(cell3, premised)) {
            tree.remove(List.of("name", "purpose"));
        }
        assertEquals(premised, cell3);
        // and the emergent level is what the era files already have: the premise changes something
        ObjectNode emergent = (ObjectNode) EraFactorial.tree(SCENARIOS.resolve("inference-era.json"));
        emergent.remove(List.of("name", "purpose"));
        assertFalse(emergent.equals(premised));
        assertEquals("FIXED", design.premised().get("labDefaults.tierInference").asText());
        assertEquals("PREMISED", design.premised().get("labDefaults.inferenceRevision").asText());
    }

    @Test
    void thePreTrainingEraWithThePremiseKeepsItsOwnCapabilityAndGivesEveryLabThePremisedTiers() throws Exception {
        PremiseFactorial design = PremiseFactorial.of(SCENARIOS);
        Scenario cell2 = ScenarioLoader.load(SCENARIOS.resolve("pretraining-era.json"), design.premised());
        Scenario pre = ScenarioLoader.load(SCENARIOS.resolve("pretraining-era.json"));
        assertEquals(pre.capability(), cell2.capability());
        assertEquals(pre.labDefaults().allocation(), cell2.labDefaults().allocation());
        assertEquals(pre.labs().size(), cell2.labs().size());
        for (LabSpec lab : cell2.labs()) {
            assertEquals(TierInferenceKind.FIXED, lab.tierInference(), lab.id());
            assertEquals(InferenceRevisionKind.PREMISED, lab.inferenceRevision(), lab.id());
        }
        for (LabSpec lab : pre.labs()) {
            assertEquals(InferenceRevisionKind.REVISE, lab.inferenceRevision(), "the era files' level is emergent");
        }
    }

    @Test
    void contrastsFollowTheTwoByTwoConvention() {
        for (PremiseFactorial.Contrast c : PremiseFactorial.CONTRASTS) {
            assertEquals(0, java.util.Arrays.stream(c.coefficients()).sum(), 1e-12, c.name() + " is a contrast");
        }
        double[] emergent = coefficients(PremiseFactorial.ERA_EMERGENT);
        double[] premised = coefficients(PremiseFactorial.ERA_PREMISED);
        double[] interaction = coefficients(PremiseFactorial.INTERACTION);
        // the interaction is half the difference of the era's effect under the premise and without it
        for (int cell = 0; cell < PremiseFactorial.CELLS; cell++) {
            assertEquals((premised[cell] - emergent[cell]) / 2, interaction[cell], 1e-12);
        }
    }

    @Test
    void theAnalysisRecoversEffectsOfAResponseWithAnInteraction() {
        // y = 10 + 2 era + 3 premise + 1 era*premise (+-0.1 noise), hand-computed contrasts:
        // era emergent 2, era premised 3, era main 2.5, premise main 3.5, interaction 0.5, premise in inference era 4
        RunTable emergent = table(0);
        RunTable premised = table(1);
        Claim marginalCost = claim("6a");
        FactorialResult f = FactorialAnalysis.premise(marginalCost, emergent, emergent, premised, premised);
        assertEquals(PremiseFactorial.DESIGN, f.design());
        assertEquals(2.0, f.row(PremiseFactorial.ERA_EMERGENT).first().estimate(), 1e-12);
        assertEquals(3.0, f.row(PremiseFactorial.ERA_PREMISED).first().estimate(), 1e-12);
        assertEquals(2.5, f.row("era").first().estimate(), 1e-12);
        assertEquals(3.5, f.row(PremiseFactorial.PREMISE_MAIN).first().estimate(), 1e-12);
        assertEquals(0.5, f.row(PremiseFactorial.INTERACTION).first().estimate(), 1e-12);
        assertEquals(4.0, f.row(PremiseFactorial.PREMISE_IN_INFERENCE_ERA).first().estimate(), 1e-12);
        // 6a expects higher: every contrast is clearly positive on both (here identical) seed sets
        assertEquals(ReplicatedVerdict.SUPPORTED, f.row(PremiseFactorial.INTERACTION).verdict());
        // 6b expects lower: the same rises contradict it
        FactorialResult hhi = FactorialAnalysis.premise(claim("6b"), emergent, emergent, premised, premised);
        assertEquals(ReplicatedVerdict.CONTRADICTED, hhi.row(PremiseFactorial.ERA_PREMISED).verdict());
    }

    @Test
    void thePremiseConcernsTheDeploymentComputeAndBusinessModelClaimsOnly() {
        List<String> concerned = ClaimRegistry.claims().stream().filter(PremiseFactorial::concerns).map(Claim::id).toList();
        assertEquals(List.of("1", "3", "6a", "6b", "6c", "7"), concerned);
        assertTrue(ClaimRegistry.claims().stream().filter(PremiseFactorial::concerns)
                .allMatch(c -> c.comparison().equals(ClaimRegistry.ERAS)));
    }

    /** Runs of both era arms, three replicates each, at the premise's level {@code premise} (0 or 1). */
    private static RunTable table(int premise) {
        StringBuilder csv = new StringBuilder("run_id,scenario,point,replicate,seed,marginal_cost_share_final_year,"
                + "hhi_revenue_final_year\n");
        int id = 0;
        for (String scenario : List.of("pretraining-era", "inference-era")) {
            int era = scenario.equals("inference-era") ? 1 : 0;
            for (int r = 0; r < 3; r++) {
                double y = 10 + 2 * era + 3 * premise + era * premise + 0.1 * (r - 1);
                csv.append(id++).append(',').append(scenario).append(",0,").append(r).append(",1,").append(y)
                        .append(',').append(y).append('\n');
            }
        }
        return RunTableTestSupport.parse(csv.toString());
    }

    private static double[] coefficients(String name) {
        return PremiseFactorial.CONTRASTS.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow()
                .coefficients();
    }

    private static Claim claim(String id) {
        return ClaimRegistry.claims().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }
}

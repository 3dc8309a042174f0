package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

class EraFactorialTest {
    private static final Path SCENARIOS = Path.of("..", "scenarios");

    @Test
    void thePretrainingEraWithTheLastCellsOverridesIsTheInferenceEraAsResolved() throws Exception {
        // what a batch run of cell 7 simulates: pretraining-era.json with the cell's values set, labs inheriting
        // labDefaults; it must be the inference era's scenario in everything but its name and purpose
        EraFactorial design = EraFactorial.of(SCENARIOS);
        ObjectNode cell7 = (ObjectNode) ScenarioLoader.mapper().valueToTree(
                ScenarioLoader.load(SCENARIOS.resolve("pretraining-era.json"), design.cells().get(EraFactorial.CELLS - 1)));
        ObjectNode inference = (ObjectNode) EraFactorial.tree(SCENARIOS.resolve("inference-era.json"));
        for (ObjectNode tree : List.of(cell7, inference)) {
            tree.remove(List.of("name", "purpose"));
        }
        assertEquals(inference, cell7);
        ObjectNode cell0 = (ObjectNode) ScenarioLoader.mapper().valueToTree(
                ScenarioLoader.load(SCENARIOS.resolve("pretraining-era.json"), design.cells().get(0)));
        assertEquals(EraFactorial.tree(SCENARIOS.resolve("pretraining-era.json")), cell0);
    }

    @Test
    void theFirstCellIsThePretrainingEraAndTheLastTheInferenceEra() throws Exception {
        EraFactorial design = EraFactorial.of(SCENARIOS);
        JsonNode low = EraFactorial.tree(SCENARIOS.resolve("pretraining-era.json"));
        JsonNode high = EraFactorial.tree(SCENARIOS.resolve("inference-era.json"));
        for (Map.Entry<String, JsonNode> e : design.cells().get(0).entrySet()) {
            assertEquals(EraFactorial.valueAt(low, e.getKey()), e.getValue(), e.getKey());
        }
        for (Map.Entry<String, JsonNode> e : design.cells().get(EraFactorial.CELLS - 1).entrySet()) {
            assertEquals(EraFactorial.valueAt(high, e.getKey()), e.getValue(), e.getKey());
        }
        // cell 2 = bit 1 only: the inference era's gain in the pre-training era's wall and allocation
        Map<String, JsonNode> gainOnly = design.cells().get(2);
        assertEquals(0.7, gainOnly.get("capability.betaReasoning").asDouble(), 0.0);
        assertEquals(1.0, gainOnly.get("capability.returnsAboveWall").asDouble(), 0.0);
        assertEquals(0.6, gainOnly.get("labDefaults.allocation.pre").asDouble(), 0.0);
    }

    @Test
    void effectsAreTheSevenContrastsOfATwoCubedDesign() {
        List<EraFactorial.Effect> effects = EraFactorial.effects();
        assertEquals(List.of("wall", "gain", "allocation", "wall×gain", "wall×allocation", "gain×allocation",
                "wall×gain×allocation"), effects.stream().map(EraFactorial.Effect::name).toList());
        // gain: -1/4 on cells without bit 1 (0, 1, 4, 5), +1/4 on cells 2, 3, 6, 7
        assertEquals(List.of(-0.25, -0.25, 0.25, 0.25, -0.25, -0.25, 0.25, 0.25),
                boxed(effects.get(1).coefficients()));
        // wall x gain: + where both bits agree (0, 3, 4, 7)
        assertEquals(List.of(0.25, -0.25, -0.25, 0.25, 0.25, -0.25, -0.25, 0.25), boxed(effects.get(3).coefficients()));
        for (EraFactorial.Effect e : effects) {
            assertEquals(0, java.util.Arrays.stream(e.coefficients()).sum(), 1e-12, e.name() + " is a contrast");
        }
    }

    @Test
    void theAnalysisRecoversMainEffectsOfAnAdditiveResponse() {
        // y = 10 + 2 gain + 0.5 wall (+-0.1 noise): gain effect 2, wall 0.5, allocation 0, interactions 0
        StringBuilder first = new StringBuilder("run_id,scenario,point,replicate,seed,hhi_revenue_final_year\n");
        int id = 0;
        for (int cell = 0; cell < EraFactorial.CELLS; cell++) {
            for (int r = 0; r < 3; r++) {
                double y = 10 + 2 * (cell >> 1 & 1) + 0.5 * (cell & 1) + 0.1 * (r - 1);
                first.append(id++).append(",pretraining-era,").append(cell).append(',').append(r).append(",1,")
                        .append(y).append('\n');
            }
        }
        Claim hhi = ClaimRegistry.claims().stream().filter(c -> c.id().equals("6b")).findFirst().orElseThrow();
        RunTable table = RunTableTestSupport.parse(first.toString());
        FactorialResult f = FactorialAnalysis.analyse(hhi, table, table);
        assertEquals(2.0, f.row("gain").first().estimate(), 1e-12);
        assertEquals(0.5, f.row("wall").first().estimate(), 1e-12);
        assertEquals(0.0, f.row("allocation").first().estimate(), 1e-12);
        assertEquals(0.0, f.row("wall×gain").first().estimate(), 1e-12);
        assertEquals(2.5, f.row(FactorialResult.ERA_ROW).first().estimate(), 1e-12);
        // 6b expects lower: a clear rise in HHI from the gain contradicts it on both (here identical) seed sets
        assertEquals(ReplicatedVerdict.CONTRADICTED, f.claimed().verdict());
        assertEquals(ReplicatedVerdict.INCONCLUSIVE, f.row("allocation").verdict());
    }

    private static List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }
}

package org.inferenceshift.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inferenceshift.output.Numbers;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunPlannerTest {
    @TempDir
    Path dir;

    @Test
    void noSeedServesTwoRunsEvenInTheBitsMasonUses() throws IOException, ScenarioException {
        Path file = ExperimentFiles.write(dir, "many.json", """
                {"name": "many", "purpose": "p", "seed": 5, "seeds": 400, "scenarios": [%s, %s],
                 "grid": {"choice.reviewRate": [0.1, 0.2, 0.3]}}
                """.formatted(ExperimentFiles.scenario("pretraining-era.json"), ExperimentFiles.scenario("inference-era.json")));
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(file));
        assertEquals(2 * 3 * 400, plan.size());
        Set<Long> seeds = new HashSet<>();
        for (PlannedRun run : plan.runs()) {
            assertTrue(run.seed() >= 0 && run.seed() < (1L << 32), "seed outside MASON's 32 bits: " + run.seed());
            assertTrue(seeds.add(run.seed()), "seed " + run.seed() + " serves two runs");
        }
    }

    @Test
    void seedsDependOnTheExperimentSeedAndRunIndexOnly() {
        assertEquals(RunSeeds.of(5, 17), RunSeeds.of(5, 17));
        assertTrue(RunSeeds.of(5, 17) != RunSeeds.of(6, 17));
        // consecutive run indexes map to distinct seeds (fmix32 is a bijection), checked over a long stretch
        Set<Long> seeds = new HashSet<>();
        for (int i = 0; i < 200_000; i++) {
            assertTrue(seeds.add(RunSeeds.of(123, i)));
        }
    }

    @Test
    void runsGoReplicateByReplicateWithEveryScenarioAtEachPoint() throws IOException, ScenarioException {
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(ExperimentFiles.write(dir, "tiny.json", ExperimentFiles.tiny())));
        assertEquals(12, plan.size());
        List<PlannedRun> runs = plan.runs();
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(i, runs.get(i).id());
            assertEquals(i / 6, runs.get(i).replicate());
            assertEquals(i % 2, runs.get(i).scenarioIndex());
        }
        // coarse to fine: the two ends of the incomeSigma axis before its middle
        assertEquals(List.of("0.6", "0.6", "1.1", "1.1", "0.85", "0.85"),
                runs.subList(0, 6).stream().map(r -> r.parameterValues().get(0)).toList());
    }

    @Test
    void everyRunCarriesTheResolvedValueOfEveryVariedParameter() throws IOException, ScenarioException {
        Path file = ExperimentFiles.write(dir, "list.json", """
                {"name": "l", "purpose": "p", "seed": 1, "seeds": 1, "scenarios": [%s],
                 "list": [{"choice.reviewRate": 0.3}, {"choice.logitScale": 0.4}]}
                """.formatted(ExperimentFiles.scenario("baseline.json")));
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(file));
        assertEquals(List.of("choice.reviewRate", "choice.logitScale"), plan.parameters());
        // a point that leaves a parameter out shows the scenario's own value: baseline.json keeps the defaults
        JsonNode choice = ScenarioLoader.defaults().get("choice");
        String reviewRate = Numbers.format(choice.get("reviewRate").doubleValue());
        String logitScale = Numbers.format(choice.get("logitScale").doubleValue());
        assertEquals(List.of("0.3", logitScale), plan.runs().get(0).parameterValues());
        assertEquals(List.of(reviewRate, "0.4"), plan.runs().get(1).parameterValues());
    }
}

package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a calibration posterior and the experiment a claims run plans from it. */
class PosteriorWorldsTest {
    @TempDir
    Path dir;

    @Test
    void readsTheKeptParameterSetsAndPlansEveryArmInEach() throws Exception {
        Path file = dir.resolve("posterior.csv");
        Files.writeString(file, """
                sample,population.valueUsdPerMonthAtMedianIncome,choice.brandTasteScale,distance
                3,8.5,0.1,0.02
                17,12.25,0.3,0.04
                """);
        PosteriorWorlds worlds = PosteriorWorlds.read(file);
        assertEquals("posterior.csv", worlds.source());
        assertEquals(List.of("population.valueUsdPerMonthAtMedianIncome", "choice.brandTasteScale"), worlds.paths());
        assertArrayEquals(new double[] {8.5, 0.1}, worlds.points().get(0));
        assertArrayEquals(new double[] {12.25, 0.3}, worlds.points().get(1));

        ClaimsPlan plan = ClaimsPlan.of(ClaimsSettings.QUICK, Path.of("..", "scenarios"), worlds);
        worlds.checkAgainst(plan.armFiles(), file.toString());
        JsonNode experiment = new ObjectMapper().readTree(ClaimsExperiments.posterior(plan, dir));
        assertEquals(2, experiment.get("list").size());
        assertEquals(12.25, experiment.get("list").get(1).get("population.valueUsdPerMonthAtMedianIncome").asDouble());
        assertEquals(plan.arms().size(), experiment.get("scenarios").size(), "every arm in each world");
        assertEquals(ClaimsSettings.QUICK.worldSeeds(), experiment.get("seeds").asInt());
        long robustnessSeed = new ObjectMapper().readTree(ClaimsExperiments.robustness(plan, dir)).get("seed").asLong();
        assertTrue(experiment.get("seed").asLong() != robustnessSeed, "a seed set of its own");
    }
}

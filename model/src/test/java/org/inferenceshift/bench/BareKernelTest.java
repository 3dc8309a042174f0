package org.inferenceshift.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;
import org.junit.jupiter.api.Test;

/**
 * The kernel is a real logit, not an empty loop: one lab whose tier solves every task (E far above every
 * user's difficulty) against an outside option that solves none. Free, the tier's utility is 1 against 0,
 * odds of e^(1/0.05) = 5e8 to 1, so every re-choosing user takes it; at $1,000,000 a month the price burden
 * dwarfs any success, so none does.
 */
class BareKernelTest {
    private static final int USERS = 2_000;

    private static Scenario market(double price) {
        return TestScenarios.parse("""
                {
                  "name": "kernel", "seed": 3, "horizonMonths": 8,
                  "population": { "agents": %d, "difficultyMeanE": 20, "difficultySdE": 0, "successWidthE": 0.1 },
                  "choice": { "logitScale": 0.05, "brandTasteScale": 0 },
                  "serving": { "noAiCapabilityE": 15 },
                  "labs": [ { "id": "a", "initialUserShare": 0.5, "tier": { "priceUsdPerMonth": %s, "inferenceMultiplier": 1 } } ]
                }
                """.formatted(USERS, price));
    }

    private static int outsideChoices(Scenario scenario, double reviewShare) {
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        model.schedule.step(model);
        BareKernel kernel = new BareKernel(scenario, 1);
        kernel.run(model.population(), model.snapshot(), reviewShare);
        model.finish();
        return kernel.outsideCount();
    }

    @Test
    void everyReChoosingUserTakesAFreeTierThatSolvesEverything() {
        assertEquals(0, outsideChoices(market(0), 1.0));
    }

    @Test
    void nobodyTakesATierPricedFarBeyondTheValueOfTheirWork() {
        assertEquals(USERS, outsideChoices(market(1_000_000), 1.0));
    }

    @Test
    void usersWhoDoNotReChooseAreLeftAlone() {
        // the output column starts at option 0; without re-choosing nobody is written to the outside option
        assertEquals(0, outsideChoices(market(1_000_000), 0.0));
    }

    @Test
    void everyUsersQueriesAreCostedByTheKTheyUseAsTheModelCostsThem() {
        // an adaptive tier with cap 100 and tasks around the model's capability: some queries use k > 1
        Scenario scenario = TestScenarios.parse("""
                {
                  "name": "kernel-k", "seed": 3, "horizonMonths": 8,
                  "population": { "agents": %d, "difficultyMeanE": 26, "difficultySdE": 1.5 },
                  "labs": [ { "id": "a", "initialUserShare": 0.5, "tier": { "priceUsdPerMonth": 20, "inferenceMultiplier": 100 } } ]
                }
                """.formatted(USERS));
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        model.schedule.step(model);
        BareKernel kernel = new BareKernel(scenario, 1);
        kernel.run(model.population(), model.snapshot(), 0.0);
        double modelKQueries = 0;
        double queries = 0;
        for (int o = 0; o < model.snapshot().optionCount(); o++) {
            modelKQueries += model.tally().optionKQueries(o);
            queries += model.tally().optionQueries(o);
        }
        model.finish();
        assertEquals(modelKQueries, kernel.costedQueries(), 1e-9 * modelKQueries);
        org.junit.jupiter.api.Assertions.assertTrue(modelKQueries > 1.01 * queries, "some queries use k > 1");
    }
}

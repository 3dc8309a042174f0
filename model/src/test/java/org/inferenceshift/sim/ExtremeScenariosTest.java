package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Valid scenarios at the edges of their ranges run to the end with every invariant intact. */
class ExtremeScenariosTest {

    @Test
    void oneUserOneLab() {
        Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 24, "population": { "agents": 1, "represents": 1 },
                  "labs": [ { "id": "only", "initialUserShare": 1, "trainingMonths": 1 } ] }
                """));
    }

    @Test
    void zeroBudgetsLeaveCashUntouchedAndNothingIsBought() {
        // no API market: its buyers would pay the labs, and the labs would spend that revenue
        IndustryModel model = Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 24, "population": { "agents": 50 },
                  "finance": { "minimumRaiseUsd": 0, "investorAppetite": 0 }, "entry": { "entrantsPerYear": 0 },
                  "api": { "enabled": false },
                  "labDefaults": { "cashUsd": 0, "revenueUsdPerMonth": 0, "fixedCostUsdPerMonth": 0,
                                   "allocationStrategy": "FIXED", "pricingPolicy": "FIXED",
                                   "tier": { "priceUsdPerMonth": 0, "inferenceMultiplier": 1 } },
                  "labs": [ { "id": "a", "initialUserShare": 0.5 }, { "id": "b" } ] }
                """));
        for (Lab lab : model.labs()) {
            assertEquals(0, lab.finance().getCashUsd(), 0, lab.getId());
            assertTrue(lab.isActive(), lab.getId() + " never goes negative, so never exits");
        }
        assertEquals(0, model.ledger().spendUsd(), 0);
    }

    @Test
    void hugeThresholdsAndTheDearestTiers() {
        Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 36, "population": { "agents": 100, "represents": 1.0e11,
                    "incomeMedianUsdPerMonth": 1.0e6, "incomeSigma": 3, "usageMedianQueriesPerMonth": 1.0e6,
                    "usageSigma": 3, "valueUsdPerMonthAtMedianIncome": 1.0e6, "valueIncomeElasticity": 3,
                    "difficultyMeanE": 60, "difficultySdE": 10 },
                  "capability": { "dataWallFlop": 1.0e40, "humanLevelE": 60, "dangerE": 60, "rlScale": 100 },
                  "serving": { "tokensPerQuery": 1.0e7, "tokensPerTask": 1.0e9, "humanWageUsdPerTask": 1.0e6 },
                  "finance": { "runwayMonths": 600, "raiseIntervalMonths": 120, "exitAfterNegativeMonths": 120,
                               "revenueMultiple": 200, "investorAppetite": 1, "minimumRaiseUsd": 1.0e15 },
                  "labDefaults": { "cashUsd": 1.0e15, "revenueUsdPerMonth": 1.0e15, "fixedCostUsdPerMonth": 1.0e15,
                                   "tokensPerParameter": 10000, "initialModel": { "trainingFlop": 1.0e35, "postTrainingFlop": 1.0e35 },
                                   "tier": { "priceUsdPerMonth": 1.0e6, "inferenceMultiplier": 1.0e9 } },
                  "labs": [ { "id": "a", "initialUserShare": 1 }, { "id": "b", "openWeights": true } ] }
                """));
    }

    @Test
    void allocationSharesOfZeroAndOneHundredPercent() {
        IndustryModel model = Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 24, "population": { "agents": 200 },
                  "ida": { "enabled": true },
                  "labDefaults": { "trainingMonths": 3, "allocationStrategy": "FIXED" },
                  "labs": [
                    { "id": "all-pre", "initialUserShare": 0.2, "allocation": { "pre": 1, "post": 0, "inference": 0, "ida": 0 } },
                    { "id": "all-post", "initialUserShare": 0.2, "allocation": { "pre": 0, "post": 1, "inference": 0, "ida": 0 } },
                    { "id": "all-inference", "initialUserShare": 0.2, "allocation": { "pre": 0, "post": 0, "inference": 1, "ida": 0 } },
                    { "id": "all-ida", "initialUserShare": 0.2, "allocation": { "pre": 0, "post": 0, "inference": 0, "ida": 1 } } ] }
                """));
        Lab allPre = model.labs().get(0);
        assertEquals(0, allPre.serving().getCapacityFlop(), 0, "no inference budget, no serving capacity");
    }

    @Test
    void theLongestHorizonWithTheFastestTrendsStaysFinite() {
        Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 1200, "population": { "agents": 1, "represents": 1.0e11 },
                  "trends": { "flopPerDollar0": 1.0e24, "hardwareGrowthPerYear": 10, "algoEfficiencyGrowthPerYear": 30 },
                  "finance": { "revenueMultiple": 200, "investorAppetite": 1, "raiseIntervalMonths": 1,
                               "minimumRaiseUsd": 1.0e15 },
                  "labDefaults": { "cashUsd": 1.0e15, "finalRunShare": 1, "trainingMonths": 60,
                                   "tier": { "priceUsdPerMonth": 1.0e6, "inferenceMultiplier": 1.0e9 } },
                  "labs": [ { "id": "a", "initialUserShare": 1 } ] }
                """));
    }

    @Test
    void choiceAtItsLimits() {
        for (String choice : new String[] {
                "{ \"reviewRate\": 0, \"considerationLabs\": 0, \"awarenessFloor\": 0, \"logitScale\": 1.0e-4 }",
                "{ \"reviewRate\": 1, \"considerationLabs\": 16, \"awarenessFloor\": 1, \"logitScale\": 10 }",
                "{ \"reviewRate\": 1, \"considerationLabs\": 1, \"awarenessFloor\": 0, \"logitScale\": 1.0e-4 }"}) {
            Scenario s = TestScenarios.parse("""
                    { "horizonMonths": 12, "population": { "agents": 300, "incomeSigma": 0, "usageSigma": 0,
                        "difficultySdE": 0, "reasoningShareConcentration": 1000 },
                      "choice": %s,
                      "labs": [ { "id": "a", "trainingMonths": 1 }, { "id": "b", "openWeights": true, "trainingMonths": 1 } ] }
                    """.formatted(choice));
            Invariants.runChecked(s);
        }
    }

    @Test
    void inferenceDuringTrainingWithExtremeIterations() {
        // one-month iterations costing a single sample, gains of nothing, almost nothing and more than the
        // ceiling, failures never and always, stopping never and at once
        for (String ida : new String[] {
                "\"gainPerIterationE\": 0, \"failureProbability\": 0, \"stopping\": \"NEVER\"",
                "\"gainPerIterationE\": 1.0e-9, \"failureProbability\": 1, \"stopping\": \"NEVER\"",
                "\"gainPerIterationE\": 5, \"failureProbability\": 0, \"gainNoise\": 1",
                "\"gainPerIterationE\": 0.1, \"lowGainThresholdE\": 5, \"lowGainIterations\": 1"}) {
            Invariants.runChecked(TestScenarios.parse("""
                    { "horizonMonths": 12, "population": { "agents": 20 },
                      "ida": { "enabled": true, "ceilingGainE": 0.5, "monthsPerIteration": 1, "samplesPerIteration": 1,
                               "tokensPerSample": 1, %s },
                      "labDefaults": { "allocationStrategy": "FIXED", "allocation": { "pre": 0.4, "post": 0, "inference": 0.3, "ida": 0.3 } },
                      "labs": [ { "id": "a", "initialUserShare": 0.5 } ] }
                    """.formatted(ida)));
        }
    }

    @Test
    void aOneMonthRunAndLabsThatAllExit() {
        Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 1, "population": { "agents": 10 },
                  "labs": [ { "id": "a", "trainingMonths": 1 } ] }
                """));
        IndustryModel model = Invariants.runChecked(TestScenarios.parse("""
                { "horizonMonths": 12, "population": { "agents": 10 },
                  "finance": { "exitAfterNegativeMonths": 1, "minimumRaiseUsd": 0 },
                  "labDefaults": { "cashUsd": 0, "fixedCostUsdPerMonth": 1.0e15 },
                  "labs": [ { "id": "a", "initialUserShare": 1 }, { "id": "b" } ] }
                """));
        assertTrue(model.labs().stream().noneMatch(Lab::isActive), "every lab exited");
    }
}

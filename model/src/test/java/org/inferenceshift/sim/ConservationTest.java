package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** Money and people are neither created nor lost by a step. */
class ConservationTest {

    @Test
    void labCashChangesEqualRevenuePlusRaisesMinusSpendThroughRaisesExitsAndEntries() {
        // a churny world: short runway, frequent raises, expensive fixed costs, so some labs exit
        Scenario scenario = TestScenarios.small(3_000, 60,
                "\"finance\": { \"raiseIntervalMonths\": 3, \"exitAfterNegativeMonths\": 2 },"
                        + " \"entry\": { \"entrantsPerYear\": 6 },"
                        + " \"labDefaults\": { \"fixedCostUsdPerMonth\": 9.0e7 }");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        double initialCash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
        assertEquals(initialCash, model.ledger().initialCashUsd(), 0);
        while (model.schedule.step(model)) {
            double cash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
            double expected = model.ledger().expectedCashUsd();
            assertEquals(expected, cash, 1e-9 * Math.max(1, Math.abs(initialCash) + model.ledger().spendUsd()),
                    "month " + model.month());
        }
        assertTrue(model.ledger().raisesUsd() > 0, "the scenario exercises raises");
        assertTrue(model.labs().stream().anyMatch(lab -> !lab.isActive()), "the scenario exercises exits");
        assertTrue(model.labs().size() > scenario.labs().size(), "the scenario exercises entry");
    }

    /**
     * Labs that open distilled (or free) tiers pay to distil each flagship once: a month's distillation
     * spend is distillationComputeShare x the flagship's physical pre-training FLOP at that month's FLOP
     * price, never twice for the same lab and flagship, and it is in the ledger (cash stays conserved).
     */
    @Test
    void distillationIsPaidOncePerFlagshipAndConserved() {
        Scenario scenario = TestScenarios.small(3_000, 60, "\"pricing\": { \"pricingPeriodMonths\": 1 }");
        double share = scenario.pricing().distillationComputeShare();
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        java.util.Set<String> paid = new java.util.HashSet<>();
        double total = 0;
        while (model.schedule.step(model)) {
            for (Lab lab : model.labs()) {
                double usd = lab.finance().getDistillationUsd();
                if (usd > 0) {
                    assertTrue(paid.add(lab.getIndex() + ":" + lab.deployed().id()),
                            "lab " + lab.getId() + " paid twice for model " + lab.deployed().id());
                    assertEquals(share * lab.deployed().physicalFlop() / model.flopPerDollar(), usd, usd * 1e-12);
                    total += usd;
                }
            }
            double cash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
            assertEquals(model.ledger().expectedCashUsd(), cash, 1e-9 * Math.max(1, model.ledger().spendUsd()),
                    "month " + model.month());
        }
        // whether a distilled tier is still on a menu at the end is an outcome of the labs' experiments; that one
        // was paid for during the run is what this test needs
        assertTrue(total > 0, "the scenario exercises distillation");
        int made = model.labs().stream().mapToInt(lab -> lab.family().getDistillations()).sum();
        assertEquals(paid.size(), made, "one payment per distillation");
    }

    /**
     * Inference-during-training with one-month iterations that often fail and labs that stop: money spent
     * on IDA (and, once a lab stops, diverted to serving) stays in the ledger, and iterations do happen.
     */
    @Test
    void inferenceDuringTrainingWithStoppingLabsConservesMoney() {
        Scenario scenario = TestScenarios.small(2_000, 48,
                "\"ida\": { \"enabled\": true, \"monthsPerIteration\": 1, \"failureProbability\": 0.6,"
                        + " \"lowGainIterations\": 2 },"
                        + " \"labDefaults\": { \"allocation\": { \"pre\": 0.3, \"post\": 0.1, \"inference\": 0.4, \"ida\": 0.2 } }");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        java.util.Set<Lab> stoppedBefore = new java.util.HashSet<>();
        while (model.schedule.step(model)) {
            double cash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
            assertEquals(model.ledger().expectedCashUsd(), cash, 1e-9 * Math.max(1, model.ledger().spendUsd()),
                    "month " + model.month());
            for (Lab lab : model.labs()) {
                if (stoppedBefore.contains(lab)) {
                    assertEquals(0, lab.finance().getIdaUsd(), 0, "a lab stopped last month spends nothing on IDA");
                }
                if (lab.ida().isStopped()) {
                    stoppedBefore.add(lab);
                }
            }
        }
        assertTrue(model.labs().stream().anyMatch(lab -> lab.ida().getIterations() > 0), "iterations happened");
        assertTrue(model.labs().stream().anyMatch(lab -> lab.ida().isStopped()), "some lab stopped");
    }

    /**
     * Synthetic data generated every month by labs whose shares are learnt: the spend stays in the ledger,
     * verified tokens accumulate and the labs' walls rise above the scenario's.
     */
    @Test
    void syntheticDataConservesMoneyAndRaisesTheWall() {
        Scenario scenario = TestScenarios.small(2_000, 48,
                "\"synthetic\": { \"enabled\": true, \"generation\": \"ALWAYS\" },"
                        + " \"labDefaults\": { \"allocation\": { \"pre\": 0.3, \"post\": 0.1, \"inference\": 0.4, \"synthetic\": 0.2 } }");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        while (model.schedule.step(model)) {
            double cash = model.labs().stream().mapToDouble(lab -> lab.finance().getCashUsd()).sum();
            assertEquals(model.ledger().expectedCashUsd(), cash, 1e-9 * Math.max(1, model.ledger().spendUsd()),
                    "month " + model.month());
        }
        assertTrue(model.labs().stream().allMatch(lab -> lab.synthetic().getVerifiedTokens() > 0), "every lab generated");
        assertTrue(model.labs().stream().allMatch(lab -> model.dataWallFlop(lab) > scenario.capability().dataWallFlop()),
                "every lab's wall moved up");
    }

    @Test
    void moneyIsConservedWithReservedCommitmentsAndIdleCapacity() {
        // the churny world with every lab planning for demand, all of it reserved for two years: capacity stays
        // paid for after demand falls, labs exit owing commitments, entrants plan from the fallback
        Scenario scenario = TestScenarios.small(3_000, 60,
                "\"finance\": { \"raiseIntervalMonths\": 3, \"exitAfterNegativeMonths\": 2 },"
                        + " \"entry\": { \"entrantsPerYear\": 6 },"
                        + " \"capacity\": { \"reservedShare\": 1.0, \"commitmentMonths\": 24 },"
                        + " \"labDefaults\": { \"fixedCostUsdPerMonth\": 9.0e7, \"capacityPlanning\": \"DEMAND_FORECAST\" }");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        double initialCash = model.ledger().initialCashUsd();
        double idleSpend = 0;
        boolean committedBeyondDemand = false;
        while (model.schedule.step(model)) {
            double cash = 0;
            for (Lab lab : model.labs()) {
                cash += lab.finance().getCashUsd();
                idleSpend += lab.serving().getIdleSpendUsd();
                committedBeyondDemand |= lab.serving().committedFlop() > lab.serving().getDemandFlop()
                        && lab.serving().getCommittedAfterThisMonthUsd() > 0;
                // capacity spend is the served plus the idle part, and all of it is in the lab's spend
                assertEquals(lab.finance().getInferenceUsd(), lab.serving().getCapacitySpendUsd(), 0.0);
                assertEquals(lab.serving().getCapacitySpendUsd(),
                        lab.serving().getServedSpendUsd() + lab.serving().getIdleSpendUsd(), 1e-6);
            }
            assertEquals(model.ledger().expectedCashUsd(), cash,
                    1e-9 * Math.max(1, Math.abs(initialCash) + model.ledger().spendUsd()), "month " + model.month());
        }
        assertTrue(idleSpend > 0, "the scenario pays for idle capacity");
        assertTrue(committedBeyondDemand, "the scenario holds reserved capacity beyond its demand");
        assertTrue(model.labs().stream().anyMatch(lab -> !lab.isActive()), "the scenario exercises exits");
        assertTrue(model.labs().size() > scenario.labs().size(), "the scenario exercises entry");
    }

    @Test
    void everyUserIsOnExactlyOneOptionEveryMonth() {
        Scenario scenario = TestScenarios.small(5_000, 24, "");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        while (model.schedule.step(model)) {
            double counted = model.tally().totalUsers(model.snapshot().optionCount()) + model.tally().notYetUsingAi();
            assertEquals(5_000, counted, 0, "month " + model.month() + ": users of AI and people not using it yet");
            double shareSum = (model.tally().outsideUsers() + model.tally().notYetUsingAi()) / 5_000;
            for (Lab lab : model.labs()) {
                shareSum += model.userShare(lab.getIndex());
            }
            assertEquals(1.0, shareSum, 1e-12, "people shares over labs and outside option");
        }
    }
}

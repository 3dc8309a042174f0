package org.inferenceshift.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.EvaluationChoiceKind;
import org.inferenceshift.scenario.GainShape;
import org.inferenceshift.scenario.PolicyKind;
import org.inferenceshift.scenario.RegulatorSpec;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.StrategyParams;
import org.inferenceshift.sim.IndustryModel;
import org.junit.jupiter.api.Test;

/** Regulators with state (issue 19): the adaptive threshold's lag, the evaluation budget, entity rules, site monitoring. */
class RegulatorStateTest {
    // HARD gain: beta_r 0.7 per OOM of k up to the plateau P
    private final CapabilityFunction capability = new CapabilityFunction(
            new CapabilityParams(1e30, 1.0, 0.7, 0.1, 0.5, 4.5, GainShape.HARD, 0.1, 28.5, 27.5));

    private static RegulatorView frontier(double largestReportedFlop) {
        return new RegulatorView(List.of(), largestReportedFlop, Double.NaN);
    }

    @Test
    void theAdaptiveThresholdMovesOnlyAfterItsLag() {
        ThresholdState state = new ThresholdState(1e26);
        FrontierTracking rule = new FrontierTracking(12, 6, 1.0, state);
        AdaptiveThreshold policy = new AdaptiveThreshold(state);
        // review at month 0 sees a 3e26 frontier: 1 OOM below is 3e25, in force from month 0 + 6
        for (int month = 0; month < 6; month++) {
            rule.review(month, frontier(month == 0 ? 3e26 : 5e26));
            assertEquals(1e26, state.thresholdFlop(), 0, "month " + month + ": the old threshold still applies");
        }
        rule.review(6, frontier(5e26));
        assertEquals(3e25, state.thresholdFlop(), 1e10, "month 6: the revision decided at month 0");
        assertTrue(policy.covers(new CoverageFacts(3.1e25, 0, 25.5, 1, 1)));
        assertEquals(3e25, policy.trainingThreshold(0).getAsDouble(), 1e10, "labs plan against the threshold in force");
        // months 7-11 decide nothing; month 12 sees 2e27, so 2e26 from month 18
        for (int month = 7; month < 18; month++) {
            rule.review(month, frontier(month == 12 ? 2e27 : 4e27));
            assertEquals(3e25, state.thresholdFlop(), 1e10, "month " + month);
        }
        rule.review(18, frontier(4e27));
        assertEquals(2e26, state.thresholdFlop(), 1e11);
    }

    @Test
    void aLagLongerThanThePeriodKeepsEveryRevisionInOrder() {
        ThresholdState state = new ThresholdState(1e26);
        FrontierTracking rule = new FrontierTracking(6, 9, 0.5, state);
        double[] frontierByMonth = new double[16];
        java.util.Arrays.fill(frontierByMonth, 1e27);
        frontierByMonth[0] = 1e26;   // -> 10^25.5 from month 9
        frontierByMonth[6] = 1e28;   // -> 10^27.5 from month 15
        for (int month = 0; month < 16; month++) {
            rule.review(month, frontier(frontierByMonth[month]));
            double expected = month < 9 ? 1e26 : month < 15 ? Math.pow(10, 25.5) : Math.pow(10, 27.5);
            assertEquals(expected, state.thresholdFlop(), expected * 1e-12, "month " + month);
        }
    }

    private static TrainedModel model(int id, String lab, double trainingFlop, double baseE, double plateau) {
        return new TrainedModel(id, lab, 0, trainingFlop, trainingFlop, 0, ModelShape.fromCompute(trainingFlop, 20),
                baseE, plateau, false);
    }

    @Test
    void theEvaluationBudgetIsNeverExceeded() {
        // 2 evaluations per 12-month period, 3 months each, $1M each, at k = 1000, line E = 26
        EvaluationBudget budget = new EvaluationBudget(2, 12, 3, 1e6, 1000, 26, capability, new LargestReportedCompute());
        int id = 0;
        Map<Integer, Integer> startedByPeriod = new HashMap<>();
        List<TrainedModel> first = new ArrayList<>();
        for (int month = 0; month < 36; month++) {
            List<ObservedModel> deployed = new ArrayList<>();
            for (int m = 0; m < 5; m++) {
                // E at k = 1000 with P = 2: baseE + 0.7 * min(3, 2) = baseE + 1.4
                TrainedModel t = model(id++, "lab-" + m, 1e25 * (m + 1), m < 2 ? 24.0 + m * 1.0 : 23.0, 2);
                deployed.add(new ObservedModel(m, t, t.physicalFlop(), t.baseE(), 0));
                if (month == 0) {
                    first.add(t);
                }
            }
            budget.step(month, new RegulatorView(deployed, 5e25, 25));
            startedByPeriod.merge(month / 12, budget.startedThisMonth(), Integer::sum);
            assertTrue(budget.startedThisPeriod() <= 2, "month " + month + ": " + budget.startedThisPeriod() + " started");
            assertTrue(budget.running() <= 2, "month " + month);
        }
        assertEquals(Map.of(0, 2, 1, 2, 2, 2), startedByPeriod, "the whole budget of each period is used, no more");
        assertEquals(6, budget.startedTotal());
        assertEquals(6e6, budget.spentUsd(), 0);
    }

    @Test
    void anEvaluationDesignatesOnlyAfterItEndsAndOnlyAboveTheLine() {
        EvaluationBudget budget = new EvaluationBudget(2, 12, 3, 1e6, 1000, 26, capability, new LargestReportedCompute());
        // largest reported compute first: models 2 (5e25, E 23 + 1.4 = 24.4) and 1 (4e25, E 24.7 + 1.4 = 26.1), not model 0
        TrainedModel m0 = model(0, "a", 1e25, 25.9, 2);
        TrainedModel m1 = model(1, "b", 4e25, 24.7, 2);
        TrainedModel m2 = model(2, "c", 5e25, 23.0, 2);
        List<ObservedModel> deployed = List.of(new ObservedModel(0, m0, 1e25, 25.9, 0),
                new ObservedModel(1, m1, 4e25, 24.7, 0), new ObservedModel(2, m2, 5e25, 23.0, 0));
        for (int month = 0; month <= 3; month++) {
            budget.step(month, new RegulatorView(deployed, 5e25, 25.9));
            assertEquals(month == 3, budget.isDesignated(1), "month " + month + ": designation when the 3-month evaluation ends");
            assertFalse(budget.isDesignated(2), "E 24.4 at k = 1000 is below the line");
            assertFalse(budget.isDesignated(0), "never evaluated: the budget went to larger models");
        }
        assertTrue(new CapabilityDesignation().covers(new CoverageFacts(4e25, 0, 24.7, 2, 1, 0, 4e25, 0, true)));
    }

    @Test
    void theEntityRuleNeedsBothLines() {
        EntityBased rule = new EntityBased(1e26, 5e8);
        // facts: reported compute of this model, lab's largest model, lab's annual revenue
        assertFalse(rule.covers(new CoverageFacts(1e24, 0, 24, 1, 1, 0, 2e26, 4.9e8, false)), "large model, small revenue");
        assertFalse(rule.covers(new CoverageFacts(1e24, 0, 24, 1, 1, 0, 0.9e26, 6e9, false)), "large revenue, no 1e26 model");
        assertTrue(rule.covers(new CoverageFacts(1e24, 0, 24, 1, 1, 0, 1e26, 5e8, false)),
                "a small model of a lab at both lines is covered: the rule is on the entity");
    }

    @Test
    void theEntityRuleCoversALabTheMonthItCrossesBothLines() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("population.agents", "4000");
        overrides.put("horizonMonths", "60");
        Scenario scenario = TestScenarios.shipped("policy-entity-based", overrides);
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        Map<String, Boolean> coveredBefore = new HashMap<>();
        int crossings = 0;
        for (int month = 0; month < 60; month++) {
            model.schedule.step(model);
            Regulator regulator = model.regulators().get(0);
            for (ObservedModel seen : regulator.view().deployed()) {
                Lab lab = model.labs().get(seen.labIndex());
                double largest = 0;
                for (TrainedModel t : model.models()) {
                    if (t.labId().equals(lab.getId()) && t.trainedStep() <= month) {
                        largest = Math.max(largest, t.physicalFlop() + t.postTrainingFlop());
                    }
                }
                // by hand: both lines, SB 53's 1e26 FLOP and $500M a year (12 x the month's revenue seen at review)
                boolean expected = largest >= 1e26 && seen.labAnnualRevenueUsd() >= 5e8;
                assertEquals(expected, lab.standing().isCoveredBy(0), lab.getId() + " month " + month);
                if (expected && !coveredBefore.getOrDefault(lab.getId(), false)) {
                    crossings++;
                }
                coveredBefore.put(lab.getId(), expected);
            }
        }
        assertTrue(crossings > 0, "some lab crosses both lines within five years");
    }

    private static RegulatorSpec spec(PolicyKind kind, double complianceFixedUsd) {
        return new RegulatorSpec("r", "world", kind, 1e26, 1e24, 1e23, 26, 1000, false, complianceFixedUsd, 0, 0, 12,
                0, 5e8, 12, 6, 1, 4, 3, 2e6, EvaluationChoiceKind.LARGEST_REPORTED_COMPUTE, 1e25, 1);
    }

    private static StrategyParams strategy(double splitOverhead) {
        return new StrategyParams(6, 1, 1, 0.1, 0.05, 0.25, 0.1, 30, 0.01, 0.15, 2000, 20, 0.34, 0.28, splitOverhead, false, 0.05);
    }

    private static int sites(PolicyKind kind, double monthFlop, double splitOverhead) {
        List<Regulator> regulators = List.of(new Regulator(0, spec(kind, 5e7), 0, null));
        TrainingRun run = new TrainingRun(0, 20);
        // month 0 of a 4-month run: projected 4 x monthFlop; projected cost 4 x $100M = $400M
        return SitePlanning.sites(regulators, run, 4, 0, monthFlop, 0, 1e8, strategy(splitOverhead));
    }

    @Test
    void aLabSplitsTrainingAcrossSitesOnlyWhenMonitoringApplies() {
        // 2.6e25 a month projects to 1.04e26 >= 1e26; compliance $50M > 0.1 x $400M. Sites below 1e25 a month:
        // floor(2.6e25 / 1e25) + 1 = 3 sites; the 2 extra sites lose 2 x 5% of $400M = $40M < $50M: split
        assertEquals(3, sites(PolicyKind.SITE_MONITORING, 2.6e25, 0.05));
        assertEquals(1, sites(PolicyKind.TRAINING_THRESHOLD, 2.6e25, 0.05), "no monitoring, no reason to split");
        assertEquals(1, sites(PolicyKind.NONE, 2.6e25, 0.05));
        // at 10% per extra site the loss is $80M > $50M: cheaper to comply (or bunch)
        assertEquals(1, sites(PolicyKind.SITE_MONITORING, 2.6e25, 0.10));
        // 2.4e25 a month projects to 9.6e25 < 1e26: the run stays uncovered at one site
        assertEquals(1, sites(PolicyKind.SITE_MONITORING, 2.4e25, 0.05));
        assertEquals(0.9, SitePlanning.efficiency(3, strategy(0.05)), 1e-12);
    }

    @Test
    void aSplitRunEscapesMonitoringAndItsBunching() {
        SiteMonitoring policy = new SiteMonitoring(1e26, 1e25);
        assertTrue(policy.covers(new CoverageFacts(2e26, 0, 26, 1, 1, 1e25, 2e26, 0, false)), "at a monitored site");
        assertFalse(policy.covers(new CoverageFacts(2e26, 0, 26, 1, 1, 0.99e25, 2e26, 0, false)), "split below the site size");
        assertTrue(policy.trainingThreshold(0, 0.99e25).isEmpty(), "labs need not bunch below a line that cannot see them");
        assertEquals(1e26, policy.trainingThreshold(0, 1e25).getAsDouble(), 0);
    }
}

package org.inferenceshift.regulation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.scenario.EvaluationChoiceKind;
import org.inferenceshift.scenario.PolicyKind;
import org.inferenceshift.scenario.RegulatorSpec;
import org.inferenceshift.scenario.StrategyParams;
import org.junit.jupiter.api.Test;

/**
 * A four-month run buying 3e25 FLOP of pre-training a month ($1e8 a month) under a 1e26 FLOP training
 * threshold whose compliance costs $1e9: projected at this rate the run ends at 1.2e26, crossing the line,
 * and compliance ($1e9) costs more than complianceTolerance (1) times the projected run cost ($4e8). The
 * lab stops bunchingMarginOom = 0.1 below the line, at 10^25.9 = 7.943e25 FLOP, giving up
 * log10(1.2e26) - 25.9 = 0.18 OOM of E (E = log10 of compute here), within bunchingMaxSacrificeE.
 */
class ThresholdPlanningTest {
    private static final double MONTH_FLOP = 3e25;
    private static final double MONTH_USD = 1e8;
    private static final int TRAINING_MONTHS = 4;
    private static final DoubleUnaryOperator E_OF_FLOP = Math::log10;

    private static StrategyParams strategy(double complianceTolerance, double maxSacrificeE) {
        return new StrategyParams(6, 1, 1, complianceTolerance, 0.1, maxSacrificeE, 0.1, 30, 0.01, 0.15, 2000, 20,
                0.34, 0.28, 0.05, false, 0.05);
    }

    private static List<Regulator> threshold(double complianceUsd) {
        RegulatorSpec spec = new RegulatorSpec("eu", "eu", PolicyKind.TRAINING_THRESHOLD, 1e26, 1e25, 0, 26, 1, false,
                complianceUsd, 0, 0, 12, 0, 5e8, 12, 6, 1, 4, 3, 2e6,
                EvaluationChoiceKind.LARGEST_REPORTED_COMPUTE, 1e26, 1);
        return List.of(new Regulator(0, spec, 0, null));
    }

    /** Runs the plan month by month as the budget phase does; returns the run's final compute. */
    private static double plannedRun(List<Regulator> regulators, StrategyParams strategy, double[] allowed) {
        TrainingRun run = new TrainingRun(0, 20);
        for (int month = 0; month < TRAINING_MONTHS; month++) {
            allowed[month] = ThresholdPlanning.allowedShare(regulators, run, TRAINING_MONTHS, month, MONTH_FLOP, 0,
                    MONTH_USD, strategy, E_OF_FLOP);
            run.addPretraining(allowed[month] * MONTH_FLOP, 1);
            run.addCost(allowed[month] * MONTH_USD);
        }
        return run.trainingFlop();
    }

    @Test
    void aCostlyThresholdStopsTheRunJustBelowTheLine() {
        double[] allowed = new double[TRAINING_MONTHS];
        double total = plannedRun(threshold(1e9), strategy(1, 1), allowed);
        double target = Math.pow(10, 25.9);
        assertEquals(1, allowed[0], 0.0, "3e25 so far, below the stopping point");
        assertEquals(1, allowed[1], 0.0, "6e25 so far, below the stopping point");
        assertEquals((target - 6e25) / 3e25, allowed[2], 1e-12, "the third month takes only what reaches 10^25.9");
        assertEquals(0, allowed[3], 0.0, "a stopped run takes no more compute");
        assertEquals(target, total, target * 1e-12);
        assertTrue(total < 1e26, "the run ends below the threshold");
    }

    @Test
    void aCheapThresholdIsCrossed() {
        double[] allowed = new double[TRAINING_MONTHS];
        // $1e8 of compliance is a quarter of the projected $4e8 run: below complianceTolerance 1
        assertEquals(1.2e26, plannedRun(threshold(1e8), strategy(1, 1), allowed), 1e12);
    }

    @Test
    void aRunIsNotStoppedWhenStoppingWouldCostTooMuchCapability() {
        double[] allowed = new double[TRAINING_MONTHS];
        // giving up 0.18 OOM is more than bunchingMaxSacrificeE = 0.1
        assertEquals(1.2e26, plannedRun(threshold(1e9), strategy(1, 0.1), allowed), 1e12);
    }

    @Test
    void noRegulatorNoPlan() {
        double[] allowed = new double[TRAINING_MONTHS];
        assertEquals(1.2e26, plannedRun(List.of(), strategy(1, 1), allowed), 1e12);
    }
}

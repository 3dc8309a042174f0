package org.inferenceshift.regulation;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.scenario.StrategyParams;

/**
 * How a lab plans its run against training-compute thresholds (DESIGN §7, §8): knowing every regulator's
 * threshold and compliance cost, it projects the run at this month's spending rate. If the run would cross
 * a threshold, the compliance cost of all regulators crossed exceeds complianceTolerance times the projected
 * run cost, and stopping marginOom below the lowest such threshold costs at most maxSacrificeE of
 * capability, it stops there and moves the rest of its training money to serving capacity. Above a data
 * wall a lot of compute buys little capability, so labs give it up more readily: the mechanism by which
 * [E] expects training thresholds to stop tracking capability. With zero compliance cost no run is stopped.
 */
public final class ThresholdPlanning {
    private ThresholdPlanning() {
    }

    /**
     * Share, in [0, 1], of this month's training compute the run may take.
     *
     * @param trainingMonths the length of the lab's runs
     * @param preFlop       this month's final-run pre-training compute at the planned allocation
     * @param postFlop      this month's final-run post-training compute
     * @param monthCostUsd  the cost of that compute
     * @param baseEOfTrainingFlop E at k = 1 the run would give with a given training compute
     */
    public static double allowedShare(List<Regulator> regulators, TrainingRun run, int trainingMonths, int month,
                                      double preFlop, double postFlop, double monthCostUsd,
                                      StrategyParams strategy, DoubleUnaryOperator baseEOfTrainingFlop) {
        return allowedShare(regulators, run, trainingMonths, month, preFlop, postFlop, monthCostUsd, strategy,
                baseEOfTrainingFlop, Double.POSITIVE_INFINITY);
    }

    /**
     * As above, for a run whose largest site trains {@code siteFlopPerMonth} a month: a threshold that sees
     * only some sites ({@link SiteMonitoring}) does not apply to a run it cannot see.
     */
    public static double allowedShare(List<Regulator> regulators, TrainingRun run, int trainingMonths, int month,
                                      double preFlop, double postFlop, double monthCostUsd,
                                      StrategyParams strategy, DoubleUnaryOperator baseEOfTrainingFlop,
                                      double siteFlopPerMonth) {
        double thisMonth = preFlop + postFlop;
        if (run.isCapped()) {
            return 0;
        }
        if (thisMonth <= 0 || regulators.isEmpty()) {
            return 1;
        }
        int monthsLeft = Math.max(1, trainingMonths - run.monthsElapsed(month) + 1);
        double soFar = run.trainingFlop();
        double projected = soFar + thisMonth * monthsLeft;
        double projectedPost = run.postTrainingFlop() + postFlop * monthsLeft;
        double projectedCost = run.costUsd() + monthCostUsd * monthsLeft;
        double lowestCrossed = Double.POSITIVE_INFINITY;
        double compliance = 0;
        for (Regulator regulator : regulators) {
            OptionalDouble threshold = regulator.policy().trainingThreshold(projectedPost, siteFlopPerMonth);
            if (threshold.isPresent() && soFar < threshold.getAsDouble() && projected >= threshold.getAsDouble()) {
                lowestCrossed = Math.min(lowestCrossed, threshold.getAsDouble());
                compliance += regulator.complianceCostUsd(projectedCost);
            }
        }
        if (lowestCrossed == Double.POSITIVE_INFINITY || compliance <= strategy.complianceTolerance() * projectedCost) {
            return 1;
        }
        double target = lowestCrossed * Math.pow(10, -strategy.bunchingMarginOom());
        double sacrifice = baseEOfTrainingFlop.applyAsDouble(projected) - baseEOfTrainingFlop.applyAsDouble(target);
        if (sacrifice > strategy.bunchingMaxSacrificeE()) {
            return 1;
        }
        if (soFar + thisMonth <= target) {
            return 1;
        }
        run.cap();
        return Math.max(0, (target - soFar) / thisMonth);
    }
}

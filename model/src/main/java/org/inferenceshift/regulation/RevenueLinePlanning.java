package org.inferenceshift.regulation;

import java.util.List;
import java.util.OptionalDouble;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.StrategyParams;

/**
 * How a lab answers a revenue line (DESIGN §8; ENTITY_BASED, after California SB 53's $500M "large frontier
 * developer" line), the lab option {@code strategy.stayUnderRevenueLine}. When this month's revenue would put
 * its annual revenue (12 x the month's) at or above a regulator's revenue line, and only the revenue line
 * separates its deployed model from that regulator's coverage, the lab compares the compliance cost it would
 * owe, spread over the months until its next model ({@code trainingMonths}: coverage is paid once per model),
 * with the revenue it gives up by keeping its annual revenue {@code revenueLineMarginShare} below the line.
 * If the compliance cost per month is larger, it books only the revenue up to that mark (it forgoes the rest:
 * sales turned down or discounted away; users' choices this month are left as they were). With zero
 * compliance cost, or with the option off, revenue is never given up.
 */
public final class RevenueLinePlanning {
    private RevenueLinePlanning() {
    }

    /**
     * The revenue the lab books this month, at most {@code revenueUsd}.
     *
     * @param runCostUsd what the deployed model's training run cost (the base of share-of-cost compliance)
     * @param trainingMonths months between the lab's models
     */
    public static double keptRevenueUsd(List<Regulator> regulators, Lab lab, TrainedModel deployed,
                                        double revenueUsd, double runCostUsd, int trainingMonths,
                                        StrategyParams strategy) {
        if (!strategy.stayUnderRevenueLine() || deployed == null || revenueUsd <= 0) {
            return revenueUsd;
        }
        double annual = 12 * revenueUsd;
        double kept = revenueUsd;
        for (Regulator regulator : regulators) {
            OptionalDouble line = regulator.policy().revenueLineUsd();
            if (line.isEmpty() || annual < line.getAsDouble() || lab.standing().isWithheldIn(regulator.region())) {
                continue;
            }
            double below = line.getAsDouble() * (1 - strategy.revenueLineMarginShare());
            if (!regulator.coversAtRevenue(lab, deployed, annual) || regulator.coversAtRevenue(lab, deployed, below)) {
                continue;
            }
            double cap = below / 12;
            double givenUpPerMonth = revenueUsd - cap;
            double compliancePerMonth = regulator.complianceCostUsd(runCostUsd) / Math.max(1, trainingMonths);
            if (compliancePerMonth > givenUpPerMonth) {
                kept = Math.min(kept, cap);
            }
        }
        return kept;
    }
}

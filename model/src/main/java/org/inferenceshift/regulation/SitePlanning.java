package org.inferenceshift.regulation;

import java.util.List;
import java.util.OptionalDouble;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.scenario.StrategyParams;

/**
 * The labs' response SITE_SPLITTING to site monitoring (DESIGN §7, §8; [R]: monitoring sees less when
 * compute is spread out): a lab splits this month's training across enough sites that none reaches a
 * monitoring regulator's site size, when the run (projected at this month's rate, as in
 * {@link ThresholdPlanning}) would cross that regulator's threshold, compliance would cost more than
 * complianceTolerance times the projected run cost, the regulator has not already seen the run at one
 * site, and the compute lost to splitting ({@code siteSplitOverheadShare} per extra site, times the
 * projected run cost) is less than that compliance cost. With no monitoring regulator a run stays at one site.
 */
public final class SitePlanning {
    private SitePlanning() {
    }

    /**
     * Sites this month's training uses (at least the run's sites so far).
     *
     * @param thisMonthFlop this month's final-run training compute (pre plus post) at one site
     * @param monthCostUsd  its cost
     */
    public static int sites(List<Regulator> regulators, TrainingRun run, int trainingMonths, int month,
                            double thisMonthFlop, double postFlop, double monthCostUsd, StrategyParams strategy) {
        int sites = run.sites();
        if (run.isCapped() || thisMonthFlop <= 0) {
            return sites;
        }
        int monthsLeft = Math.max(1, trainingMonths - run.monthsElapsed(month) + 1);
        double soFar = run.trainingFlop();
        double projected = soFar + thisMonthFlop * monthsLeft;
        double projectedPost = run.postTrainingFlop() + postFlop * monthsLeft;
        double projectedCost = run.costUsd() + monthCostUsd * monthsLeft;
        for (Regulator regulator : regulators) {
            OptionalDouble size = regulator.policy().monitoredSiteFlopPerMonth();
            OptionalDouble threshold = regulator.policy().trainingThreshold(projectedPost);
            if (size.isEmpty() || threshold.isEmpty() || run.largestSiteFlopPerMonth() >= size.getAsDouble()) {
                continue;
            }
            double t = threshold.getAsDouble();
            double compliance = regulator.complianceCostUsd(projectedCost);
            if (soFar >= t || projected < t || compliance <= strategy.complianceTolerance() * projectedCost) {
                continue;
            }
            int needed = (int) Math.floor(thisMonthFlop / size.getAsDouble()) + 1;
            double lost = strategy.siteSplitOverheadShare() * (needed - 1);
            if (needed > sites && lost < 1 && lost * projectedCost < compliance) {
                sites = needed;
            }
        }
        return sites;
    }

    /** Share of the compute bought that reaches a run spread over {@code sites} sites. */
    public static double efficiency(int sites, StrategyParams strategy) {
        return sites <= 1 ? 1 : Math.max(0, 1 - strategy.siteSplitOverheadShare() * (sites - 1));
    }
}

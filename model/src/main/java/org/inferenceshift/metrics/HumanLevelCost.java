package org.inferenceshift.metrics;

import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.labs.TrainedModel;

/**
 * The cheapest configuration (model, inference multiplier k) whose reasoning E reaches the human level
 * (DESIGN §9; the source texts' "cost of the first human-level AI system"). For each model the smallest
 * k &gt;= 1 with {@code E_base + gain(k) >= humanLevelE} is the inverse of the inference gain; one task of
 * {@code tokensPerTask} output tokens then costs {@code 2 N tokensPerTask k} FLOP, priced at this
 * month's FLOP per dollar. A model whose plateau stops short of the human level has no such k, and a
 * configuration whose task needs more than {@code maxFlopPerTask} is not one a lab could serve (MODEL.md §7.5).
 *
 * @param costUsdPerTask cost of one task (NaN if no model reaches the human level)
 * @param multiplier     k of that configuration (NaN if none)
 */
public record HumanLevelCost(double costUsdPerTask, double multiplier) {
    public static final HumanLevelCost NONE = new HumanLevelCost(Double.NaN, Double.NaN);

    public static HumanLevelCost cheapest(Iterable<TrainedModel> models, CapabilityFunction capability,
                                          double humanLevelE, double tokensPerTask, double maxFlopPerTask,
                                          double flopPerDollar) {
        HumanLevelCost best = NONE;
        for (TrainedModel m : models) {
            double k = capability.multiplierForGain(TaskClass.REASONING, m.plateauOom(), humanLevelE - m.baseE());
            if (Double.isInfinite(k)) {
                continue;
            }
            double flop = m.shape().flopPerQuery(tokensPerTask, k);
            if (flop > maxFlopPerTask) {
                continue;
            }
            double cost = flop / flopPerDollar;
            if (best == NONE || cost < best.costUsdPerTask) {
                best = new HumanLevelCost(cost, k);
            }
        }
        return best;
    }
}

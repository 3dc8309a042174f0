package org.inferenceshift.metrics;

import java.util.List;
import org.inferenceshift.api.ApiMarket;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.regulation.Regulator;

/**
 * Everything the metrics read of the simulated industry at the end of a month, and nothing more: the
 * simulation implements it, so {@code metrics} depends on this list, not on the simulation. Only
 * {@link MonthFacts} and {@link MetricsRecorder} read it; metric formulas read {@link MonthFacts}.
 */
public interface MeasuredIndustry {
    /** The month that has just settled: 0 during the first. */
    int month();

    /** Every lab that ever entered, in entry order (index = lab index), active or not. */
    List<Lab> labs();

    /** Every model trained so far, in training order. */
    List<TrainedModel> models();

    /** This month's offers. */
    MarketSnapshot snapshot();

    /** What this month's users chose and received. */
    MarketTally tally();

    /** What this month's API buyers bought, and the labs' API prices; null when the API market is off. */
    ApiMarket apiMarket();

    List<Regulator> regulators();

    /** The run's capability function (for the inverse of the inference gain). */
    CapabilityFunction capability();

    /** Effective FLOP a dollar buys this month. */
    double flopPerDollar();

    /** Effective pre-training compute per physical FLOP, relative to the first month. */
    double algorithmicMultiplier();

    /** Serving efficiency relative to the first month: a dollar of serving capacity serves FLOP per dollar times this. */
    double servingEfficiency();

    /** People each agent stands for. */
    double peoplePerAgent();

    /** Share of all people on lab {@code lab} this month. */
    double userShare(int lab);

    /** E on reasoning tasks of model {@code m} (without any IDA uplift) served at multiplier k. */
    double reasoningE(TrainedModel m, double k);

    /** E on reasoning tasks of the lab's deployed model at its highest tier (NaN if it has none). */
    double topReasoningE(Lab lab);

    /** The data wall {@code lab} faces this month (FLOP): the scenario's, moved by its synthetic data. */
    double dataWallFlop(Lab lab);
}

package org.inferenceshift.validation;

import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.PlannedRun;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.ProgressListener;
import org.inferenceshift.experiment.RunRow;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;

/**
 * Runs a validation experiment (an ordinary experiment file: the calibration scenario, its seeds and
 * population) on an experiment engine and reads every {@link StylizedFact} from the kept monthly series.
 * Runs, seeds and parallelism are the batch machinery's; this class only checks that the experiment can
 * answer every fact and turns rows into {@link FactResult}s.
 */
public final class Validation {
    private Validation() {
    }

    /**
     * @param plan    the planned experiment: one scenario and design point, any number of seeds
     * @param months  months in every run (the scenario's horizon)
     * @param agents  simulated users per run
     */
    public record Outcome(RunPlan plan, YearMonth start, int months, int agents, List<FactResult> results) {
        public Outcome {
            results = List.copyOf(results);
        }

        public String scenarioName() {
            return plan.runs().get(0).scenario();
        }

        public int seeds() {
            return plan.size();
        }
    }

    /** Refuses, before anything runs, an experiment that cannot answer every fact. */
    public static void check(RunPlan plan) throws ScenarioException {
        String file = plan.experiment().file().toString();
        if (plan.size() == 0 || plan.experiment().scenarios().size() != 1
                || plan.experiment().design().points().size() != 1) {
            throw new ScenarioException(file + ": a validation experiment runs one scenario at one design point "
                    + "(no grid, list or sample), with any number of seeds");
        }
        List<Metric> kept = plan.keep().metrics();
        for (StylizedFact fact : StylizedFact.values()) {
            if (!kept.contains(fact.metric())) {
                throw new ScenarioException(file + ": $.keep.metrics: must include " + fact.metric().column()
                        + " (fact " + fact.id() + " reads it)");
            }
        }
        Scenario scenario = plan.task().scenario(plan.runs().get(0));
        YearMonth start = YearMonth.parse(scenario.start());
        YearMonth end = start.plusMonths(scenario.horizonMonths() - 1L);
        for (StylizedFact fact : StylizedFact.values()) {
            if (fact.month().isBefore(start) || fact.month().isAfter(end)) {
                throw new ScenarioException(file + ": fact " + fact.id() + " is read in " + fact.month()
                        + ", outside the runs (" + start + " to " + end + "); start and horizonMonths must cover it");
            }
        }
    }

    public static Outcome run(RunPlan plan, ExperimentEngine engine) throws ScenarioException, RunFailedException {
        return run(plan, engine, ProgressListener.NONE);
    }

    /** @param progress told of the start and of each finished run (a progress bar), closed by the caller */
    public static Outcome run(RunPlan plan, ExperimentEngine engine, ProgressListener progress)
            throws ScenarioException, RunFailedException {
        check(plan);
        RunRow[] rows = new RunRow[plan.size()];
        progress.started(plan.size(), 0);
        engine.execute(plan.task(), plan.runs(), row -> {
            rows[row.runId()] = row;
            progress.finished(row);
        });
        PlannedRun first = plan.runs().get(0);
        Scenario scenario = plan.task().scenario(first);
        YearMonth start = YearMonth.parse(first.start());
        List<Metric> kept = plan.keep().metrics();
        List<FactResult> results = new ArrayList<>();
        for (StylizedFact fact : StylizedFact.values()) {
            int metric = kept.indexOf(fact.metric());
            int month = (int) ChronoUnit.MONTHS.between(start, fact.month());
            double[] values = new double[rows.length];
            double[][] series = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                series[r] = fact.reading().over(rows[r].series()[metric]);
                values[r] = series[r][month];
            }
            results.add(new FactResult(fact, month, values, series));
        }
        return new Outcome(plan, start, scenario.horizonMonths(), scenario.population().agents(), results);
    }
}

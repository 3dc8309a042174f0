package org.inferenceshift.run;

import java.util.List;
import java.util.function.IntConsumer;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;

/**
 * Runs a scenario to its horizon without a GUI: the one entry point the CLI, batch experiments, the
 * claims engine and the benchmark share.
 */
public final class HeadlessRun {
    private HeadlessRun() {
    }

    public static RunResult run(Scenario scenario, int threads) {
        return run(scenario, threads, month -> { });
    }

    /** @param afterMonth told the index of each month (0, 1, ...) once it has been simulated, for progress bars */
    public static RunResult run(Scenario scenario, int threads, IntConsumer afterMonth) {
        IndustryModel model = new IndustryModel(scenario);
        model.setThreads(threads);
        model.start();
        try {
            // each step runs the month's phases in order; the metrics phase ends the run at the horizon
            while (model.schedule.step(model)) {
                afterMonth.accept((int) model.schedule.getSteps() - 1);
            }
        } finally {
            model.finish();
        }
        return resultOf(model);
    }

    /** The result of a model that has run (or been stepped) to where it stands now. */
    public static RunResult resultOf(IndustryModel model) {
        return new RunResult(model.scenario(), List.copyOf(model.recorder().rows()),
                List.copyOf(model.recorder().labMonths()), List.copyOf(model.models()), model.ledger());
    }
}

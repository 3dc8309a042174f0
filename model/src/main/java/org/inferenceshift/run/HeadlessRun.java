package org.inferenceshift.run;

import java.util.List;
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
        IndustryModel model = new IndustryModel(scenario);
        model.setThreads(threads);
        model.start();
        try {
            while (model.schedule.step(model)) {
                // each step runs the month's phases in order; the metrics phase ends the run at the horizon
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

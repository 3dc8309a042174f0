package org.inferenceshift.run;

import java.util.List;
import java.util.function.IntConsumer;
import org.inferenceshift.metrics.MetricsRecorder;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;

/**
 * Runs a scenario to its horizon without a GUI: the one entry point the CLI, batch experiments, the
 * claims engine and the benchmark share. The run, not the model, owns the measuring: it attaches a
 * {@link MetricsRecorder} to the started model as an observer of its months.
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
        attachRecorder(model);
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

    /**
     * Attaches a fresh recorder of the model's current run, which records every month from the next. Call it
     * after {@link IndustryModel#start()}: each start drops the observers of the run before.
     */
    public static MetricsRecorder attachRecorder(IndustryModel model) {
        MetricsRecorder recorder = new MetricsRecorder(model.scenario());
        model.addMonthObserver(recorder);
        return recorder;
    }

    /**
     * The recorder attached to the model: the one {@link #attachRecorder} attached, or after a checkpoint is
     * loaded, the one that came with it.
     *
     * @throws IllegalStateException if none is attached
     */
    public static MetricsRecorder recorderOf(IndustryModel model) {
        return model.monthObservers().stream().filter(MetricsRecorder.class::isInstance)
                .map(MetricsRecorder.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no metrics recorder is attached to the model"));
    }

    /** The result of a model that has run (or been stepped) to where it stands now. */
    public static RunResult resultOf(IndustryModel model) {
        MetricsRecorder recorder = recorderOf(model);
        return new RunResult(model.scenario(), List.copyOf(recorder.rows()), List.copyOf(recorder.labMonths()),
                List.copyOf(model.models()), model.ledger(), List.copyOf(recorder.regulatorRows()));
    }
}

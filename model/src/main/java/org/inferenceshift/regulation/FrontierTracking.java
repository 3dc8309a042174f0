package org.inferenceshift.regulation;

/**
 * The review rule of ADAPTIVE_THRESHOLD: at every month that is a multiple of {@code periodMonths} (month 0
 * included) the regulator sets its next threshold {@code marginOom} below the largest reported training
 * compute among the deployed models it observes (or a larger run in progress its labs disclosed as a
 * near-term plan), and the revision applies {@code lagMonths} later (the
 * time a delegated act or guidance takes). A month without deployed models decides nothing.
 */
public record FrontierTracking(int periodMonths, int lagMonths, double marginOom, ThresholdState state)
        implements ReviewRule {
    @Override
    public void review(int month, RegulatorView view) {
        if (month % periodMonths == 0 && view.frontierTrainingFlop() > 0) {
            state.schedule(view.frontierTrainingFlop() * Math.pow(10, -marginOom), month + lagMonths);
        }
        state.applyDue(month);
    }
}

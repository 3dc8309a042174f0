package org.inferenceshift.calibration;

import java.nio.file.Path;
import java.util.List;
import org.inferenceshift.experiment.Experiment;
import org.inferenceshift.experiment.ParameterRange;

/**
 * A validated calibration file ({@link CalibrationLoader}): which validation experiment runs each candidate
 * (its scenario, seeds, population and kept metrics), which parameters are fitted over which ranges, the
 * targets, and the budgets of the optimiser, the posterior sample and the cross-validation.
 *
 * @param evaluations          candidates CMA-ES may evaluate in the main fit
 * @param posteriorPoints      points of the Sobol sample ABC rejection keeps or rejects
 * @param tolerance            a sample point is kept when its distance is at most the best fit's plus this
 * @param crossValidationEvaluations candidates per leave-one-group-out fit; 0 for no cross-validation
 */
public record CalibrationSpec(String name, String purpose, Path file, String sha256, Experiment experiment,
                              List<ParameterRange> parameters, List<TargetBand> targets, int evaluations,
                              int posteriorPoints, double tolerance, int crossValidationEvaluations) {
    public CalibrationSpec {
        parameters = List.copyOf(parameters);
        targets = List.copyOf(targets);
    }

    /** The same calibration with smaller budgets and other targets (the synthetic-recovery test, quick runs). */
    public CalibrationSpec with(List<TargetBand> newTargets, int newEvaluations, int newPosteriorPoints,
                                int newCrossValidationEvaluations) {
        return new CalibrationSpec(name, purpose, file, sha256, experiment, parameters, newTargets, newEvaluations,
                newPosteriorPoints, tolerance, newCrossValidationEvaluations);
    }
}

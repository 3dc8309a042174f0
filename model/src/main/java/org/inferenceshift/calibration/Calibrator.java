package org.inferenceshift.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.inferenceshift.experiment.Experiment;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.ParameterRange;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.validation.FactGroup;
import org.inferenceshift.validation.FactResult;
import org.inferenceshift.validation.FactRole;
import org.inferenceshift.validation.StylizedFact;
import org.inferenceshift.validation.Validation;

/**
 * Fits a calibration's parameters to its targets (docs/VALIDATION.md, "Calibration as a method").
 * Each candidate is the validation experiment with the candidate's values added to its fixed settings,
 * planned by {@link RunPlanner} and run on the given engine (its seeds in parallel), so every candidate
 * sees the same seeds and the distance is a deterministic function of the parameters whatever the thread
 * count or engine. The optimiser is commons-math3's {@link CMAESOptimizer} on the unit cube of the ranges
 * (start at the scenario's own values, clamped into the ranges, so the fit is never worse than the
 * scenario as it is; sigma {@value #SIGMA} of each range, population 4 + ⌊3 ln n⌋, random generator
 * a Mersenne Twister seeded with the experiment seed); the approximate posterior is ABC rejection over a
 * Sobol sample of the ranges; cross-validation refits without each group of targets in turn.
 */
public final class Calibrator {
    /** CMA-ES step size in unit-cube coordinates: 0.3 of each parameter's range. */
    static final double SIGMA = 0.3;

    private final CalibrationSpec spec;
    private final ExperimentEngine engine;
    private final EvaluationLog log;
    private final Consumer<String> progress;

    Calibrator(CalibrationSpec spec, ExperimentEngine engine, EvaluationLog log, Consumer<String> progress) {
        this.spec = spec;
        this.engine = engine;
        this.log = log;
        this.progress = progress;
    }

    /** The best candidate of a fit. */
    public record Fit(String phase, List<TargetBand> targets, double[] values, double distance, int evaluations) {
    }

    /** A point of the Sobol sample with its distance, and whether ABC rejection kept it. */
    public record SamplePoint(int index, double[] values, double distance, boolean kept) {
    }

    /** One leave-one-group-out fold: the fit without the group's targets, and the group's facts on it. */
    public record Fold(FactGroup group, Fit fit, Map<String, Double> means) {
    }

    /** Everything a calibration produced, for the report and the files. */
    public record Outcome(CalibrationSpec spec, Validation.Outcome before, Fit fit, Validation.Outcome after,
                          List<SamplePoint> sample, double tolerance, List<Fold> folds) {
        public List<SamplePoint> posterior() {
            return sample.stream().filter(SamplePoint::kept).toList();
        }
    }

    /** The whole calibration: the scenario as it is, the fit, the fitted scenario in full, the posterior, the folds. */
    Outcome run() throws ScenarioException, RunFailedException {
        progress.accept("before fitting: the scenario as it is");
        Validation.Outcome before = Validation.run(plan(null), engine);
        Fit fit = fit("fit", spec.targets(), spec.evaluations());
        progress.accept(String.format(java.util.Locale.ROOT, "fitted: distance %.4g after %d candidates", fit.distance(), fit.evaluations()));
        Validation.Outcome after = Validation.run(plan(fit.values()), engine);
        List<SamplePoint> raw = new ArrayList<>();
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(spec.parameters().size());
        double best = fit.distance();
        double[] distances = new double[spec.posteriorPoints()];
        double[][] points = new double[spec.posteriorPoints()][];
        for (int i = 0; i < spec.posteriorPoints(); i++) {
            points[i] = fromUnit(sobol.nextVector());
            distances[i] = distance("posterior", points[i], spec.targets());
            best = Math.min(best, distances[i]);
            if ((i + 1) % 10 == 0) {
                progress.accept("posterior sample: " + (i + 1) + " of " + spec.posteriorPoints());
            }
        }
        for (int i = 0; i < points.length; i++) {
            raw.add(new SamplePoint(i, points[i], distances[i], distances[i] <= best + spec.tolerance()));
        }
        List<Fold> folds = new ArrayList<>();
        if (spec.crossValidationEvaluations() > 0) {
            for (FactGroup group : groups(spec.targets())) {
                List<TargetBand> rest = spec.targets().stream().filter(t -> t.fact().group() != group).toList();
                if (rest.isEmpty()) {
                    continue;
                }
                progress.accept("cross-validation: fitting without group " + group.label());
                Fit f = fit("cv-" + group.label(), rest, spec.crossValidationEvaluations());
                folds.add(new Fold(group, f, means("cv-" + group.label(), f.values(), rest)));
            }
        }
        return new Outcome(spec, before, fit, after, raw, spec.tolerance(), folds);
    }

    static Set<FactGroup> groups(List<TargetBand> targets) {
        Set<FactGroup> groups = new LinkedHashSet<>();
        targets.forEach(t -> groups.add(t.fact().group()));
        return groups;
    }

    /** CMA-ES over the unit cube; the best candidate seen (the optimiser stops at its evaluation budget). */
    Fit fit(String phase, List<TargetBand> targets, int evaluations) throws ScenarioException, RunFailedException {
        int n = spec.parameters().size();
        double[] start = new double[n];
        double[] sigma = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        double[] scenario = scenarioValues();
        for (int i = 0; i < n; i++) {
            ParameterRange r = spec.parameters().get(i);
            start[i] = Double.isNaN(scenario[i]) ? 0.5 : Math.min(1, Math.max(0, (scenario[i] - r.min()) / (r.max() - r.min())));
            sigma[i] = SIGMA;
            upper[i] = 1;
        }
        int population = 4 + (int) Math.floor(3 * Math.log(n));
        double[] bestX = fromUnit(start);
        double[] bestD = {distance(phase, bestX, targets)};
        int[] count = {1};
        double[][] bestHolder = {bestX};
        CMAESOptimizer optimizer = new CMAESOptimizer(Integer.MAX_VALUE, Double.MIN_VALUE, true, 0, 0,
                new MersenneTwister(spec.experiment().seed()), false, null);
        try {
            optimizer.optimize(new MaxEval(Math.max(1, evaluations - 1)), new MaxIter(Integer.MAX_VALUE),
                    new ObjectiveFunction(u -> {
                        double[] x = fromUnit(u);
                        double d;
                        try {
                            d = distance(phase, x, targets);
                        } catch (ScenarioException | RunFailedException e) {
                            throw new CandidateFailed(e);
                        }
                        count[0]++;
                        if (d < bestD[0]) {
                            bestD[0] = d;
                            bestHolder[0] = x;
                        }
                        return d;
                    }), GoalType.MINIMIZE, new InitialGuess(start), new SimpleBounds(lower, upper),
                    new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(population));
        } catch (TooManyEvaluationsException budgetSpent) {
            // the budget is the stopping rule: the best candidate seen is the fit
        } catch (CandidateFailed e) {
            if (e.getCause() instanceof ScenarioException s) {
                throw s;
            }
            throw (RunFailedException) e.getCause();
        }
        return new Fit(phase, targets, bestHolder[0], bestD[0], count[0]);
    }

    double distance(String phase, double[] x, List<TargetBand> targets) throws ScenarioException, RunFailedException {
        return FitDistance.of(targets, means(phase, x, targets));
    }

    /** Every fact's mean over seeds at these parameter values, from the log or by running the candidate. */
    Map<String, Double> means(String phase, double[] x, List<TargetBand> targets) throws ScenarioException, RunFailedException {
        Map<String, Double> known = log.lookup(x);
        if (known != null) {
            return known;
        }
        Validation.Outcome outcome = Validation.run(plan(x), engine);
        Map<String, Double> means = new LinkedHashMap<>();
        for (FactResult r : outcome.results()) {
            means.put(r.fact().id(), r.mean());
        }
        try {
            log.record(phase, x, FitDistance.of(targets, means), means);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return means;
    }

    /** The validation experiment with these parameter values fixed (null: the scenario as it is). */
    RunPlan plan(double[] x) throws ScenarioException {
        Experiment base = spec.experiment();
        Map<String, JsonNode> fixed = new LinkedHashMap<>(base.fixed());
        if (x != null) {
            for (int i = 0; i < x.length; i++) {
                fixed.put(spec.parameters().get(i).path(), DoubleNode.valueOf(x[i]));
            }
        }
        return RunPlanner.plan(new Experiment(base.name(), base.purpose(), base.file(), base.sha256(), base.seed(),
                base.replicates(), base.scenarios(), fixed, base.design(), base.keep()));
    }

    /** The scenario's own value of each fitted parameter (NaN where it has none): where CMA-ES starts, clamped into the range. */
    double[] scenarioValues() throws ScenarioException {
        RunPlan plan = plan(null);
        JsonNode tree = org.inferenceshift.scenario.ScenarioLoader.mapper().valueToTree(plan.task().scenario(plan.runs().get(0)));
        double[] out = new double[spec.parameters().size()];
        for (int i = 0; i < out.length; i++) {
            JsonNode v = tree.at("/" + spec.parameters().get(i).path().replace(".", "/"));
            out[i] = v.isNumber() ? v.asDouble() : Double.NaN;
        }
        return out;
    }

    double[] fromUnit(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) {
            ParameterRange r = spec.parameters().get(i);
            double clamped = Math.min(1, Math.max(0, u[i]));
            x[i] = r.min() + clamped * (r.max() - r.min());
        }
        return x;
    }

    /** Facts a fold tests: the group's facts that are not inputs, calibration targets and held-out alike. */
    static List<StylizedFact> tested(FactGroup group) {
        List<StylizedFact> out = new ArrayList<>();
        for (StylizedFact f : StylizedFact.values()) {
            if (f.group() == group && f.role() != FactRole.INPUT) {
                out.add(f);
            }
        }
        return out;
    }

    /** Carries a checked failure of a candidate out of the optimiser's objective function. */
    private static final class CandidateFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CandidateFailed(Exception cause) {
            super(cause);
        }
    }
}

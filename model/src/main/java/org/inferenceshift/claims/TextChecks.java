package org.inferenceshift.claims;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.experiment.Statistic;
import org.inferenceshift.scenario.CapabilityParams;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * The texts' own numbers evaluated on the model: each {@link TextCheck} states the texts' value and the model's,
 * computed from the era arms' runs (the comparison's first seed set) and the era scenario files. Some are inputs
 * of the model (the exchange rate of inference for pre-training is the reasoning slope beta) and are reported as
 * such; the others are outcomes.
 */
final class TextChecks {
    private static final String PRE = ClaimRegistry.ERAS.baseline().scenario();
    private static final String INF = ClaimRegistry.ERAS.treatment().scenario();

    private TextChecks() {
    }

    static List<TextCheck> of(ClaimsPlan plan, RunTable comparison) throws ScenarioException {
        List<TextCheck> out = new ArrayList<>();
        if (!plan.arms().contains(ClaimRegistry.ERAS.baseline()) || !plan.arms().contains(ClaimRegistry.ERAS.treatment())) {
            return out;
        }
        Scenario inference = ScenarioLoader.load(plan.scenariosDir().resolve(ClaimRegistry.ERAS.treatment().file()));
        Scenario pretraining = ScenarioLoader.load(plan.scenariosDir().resolve(ClaimRegistry.ERAS.baseline().file()));

        out.add(new TextCheck("Scaling inference per task by 100x leaves 1% as many simultaneous copies",
                "[E], [R] §copies", "1%", percent(copiesRatio(100)),
                "Identity of the copies formula (capacity over 2 N k tokens per second per copy): an input, not a test; "
                        + "the era comparison (claim 1) is the test."));

        double sPre = mean(comparison.values(PRE, "training_share_lifetime_frontier", Statistic.FINAL_YEAR));
        double sInf = mean(comparison.values(INF, "training_share_lifetime_frontier", Statistic.FINAL_YEAR));
        out.add(new TextCheck("Where pre-training dominates lifetime compute, 10x more pre-training costs about 10x "
                        + "and 10x more inference barely changes the total; where deployment dominates, about 3x and 10x",
                "[E] Appendix", "~10x and ~1x (pre-training-dominated); ~3x and ~10x (deployment-dominated)",
                String.format(Locale.ROOT, "%s: %s and %s; %s: %s and %s", PRE, times(preScaling(sPre)),
                        times(inferenceScaling(sPre)), INF, times(preScaling(sInf)), times(inferenceScaling(sInf))),
                String.format(Locale.ROOT, "The appendix's arithmetic (C = ND + C_post + dNI; 10x of compute-optimal "
                        + "pre-training is sqrt(10) more N, so sqrt(10) more deployment) applied to the frontier model's "
                        + "final-year training share of its lifetime compute: %.2f in %s, %.2f in %s. Post-training is "
                        + "counted with pre-training. An outcome: it follows from how much the frontier model is "
                        + "deployed.", sPre, PRE, sInf, INF)));

        double crossPre = mean(comparison.values(PRE, "deployment_exceeds_pretraining_share", Statistic.FINAL_YEAR));
        double crossInf = mean(comparison.values(INF, "deployment_exceeds_pretraining_share", Statistic.FINAL_YEAR));
        out.add(new TextCheck("Deployment compute usually exceeds training compute on commercial frontier systems",
                "[E] Appendix", "usually (most frontier systems)",
                String.format(Locale.ROOT, "%s of released models in %s, %s in %s (final year)", percent(crossPre), PRE,
                        percent(crossInf), INF),
                "Share of released models whose lifetime deployment compute has passed their pre-training compute: "
                        + "an outcome of demand, serving and release cadence."));

        CapabilityParams capability = inference.capability();
        out.add(new TextCheck("10x more inference on a task buys about as much as 3-10x more pre-training",
                "[E] §The shift to inference scaling; [R] §The Shift to Inference Scaling",
                "0.5-1 OOM of pre-training per OOM of inference",
                String.format(Locale.ROOT, "%.2f OOM per OOM in %s, %.2f in %s, up to the plateau",
                        capability.betaReasoning(), INF, pretraining.capability().betaReasoning(), PRE),
                "An input: the reasoning slope beta of the gain (capability.betaReasoning), within the texts' range "
                        + "in the inference era and below it, by design, in the pre-training era."));

        CapabilityFunction function = new CapabilityFunction(capability);
        double e = 24 + function.gain(TaskClass.REASONING, capability.plateauMaxOom(), 1e4);
        out.add(new TextCheck("A model trained with 1e24 FLOP and 10,000x the inference performs like a 1e27 model",
                "[R] §Complicate the strategy of AI governance via compute thresholds", "E = 27",
                String.format(Locale.ROOT, "E = %.2f (plateau %.1f OOM, %s gain)", e, capability.plateauMaxOom(),
                        capability.gainShape().name().toLowerCase(Locale.ROOT)),
                "The inference era's gain function at a saturated plateau (an input); with less reasoning "
                        + "post-training the plateau is lower and 1e27 is out of reach."));

        double ratio = geometricMean(comparison.values(INF, "tier_price_ratio", Statistic.FINAL_YEAR));
        out.add(new TextCheck("The version using the most inference is sold at 10x the price",
                "[E] §Unequal performance; [R] §Unequal performance", "10x (OpenAI, 2024-25)",
                String.format(Locale.ROOT, "%s in %s (final year, geometric mean of runs)", times(ratio), INF),
                "An outcome of the labs' tier experiments (claim 5c); the calibration scenario's 2025 value is in "
                        + "VALIDATION.md (tier_price_ratio)."));
        return out;
    }

    /** Copies at k relative to copies at k = 1, at the same capacity and model: the copies formula's 1 / k. */
    static double copiesRatio(double k) {
        return 1 / k;
    }

    /** Lifetime cost after 10x compute-optimal pre-training, relative to now, with training share s. */
    static double preScaling(double trainingShare) {
        return 10 * trainingShare + Math.sqrt(10) * (1 - trainingShare);
    }

    /** Lifetime cost after 10x inference per query, relative to now, with training share s. */
    static double inferenceScaling(double trainingShare) {
        return trainingShare + 10 * (1 - trainingShare);
    }

    private static double mean(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        return defined.length == 0 ? Double.NaN : StatUtils.mean(defined);
    }

    private static double geometricMean(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> v > 0).map(Math::log10).toArray();
        return defined.length == 0 ? Double.NaN : Math.pow(10, StatUtils.mean(defined));
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "NA" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    private static String times(double factor) {
        return Double.isNaN(factor) ? "NA" : String.format(Locale.ROOT, "%.1fx", factor);
    }
}

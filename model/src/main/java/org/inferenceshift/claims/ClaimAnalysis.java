package org.inferenceshift.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.math3.stat.StatUtils;
import org.inferenceshift.experiment.Statistic;
import org.inferenceshift.stats.BootstrapSettings;
import org.inferenceshift.stats.HolmAdjustment;
import org.inferenceshift.stats.SaltelliDesign;
import org.inferenceshift.stats.SobolAnalysis;
import org.inferenceshift.stats.SobolIndices;
import org.inferenceshift.stats.WelchTest;

/**
 * Turns the experiments' tables into a {@link ClaimResult} per claim: the effect with its Welch
 * t-interval across the comparison's seeds and the verdict by the fixed rule, the same on the replicate's
 * independent seeds and the verdict of the two together ({@link ReplicatedVerdict}), then, over the whole
 * family of claims, the verdicts after Holm's adjustment of each seed set's p-values; per world of the robustness
 * sample the same effect from one run of each arm, the share of worlds where it has the expected sign, and
 * the partial rank correlation of the world effects with each uncertain parameter.
 */
final class ClaimAnalysis {
    /** Bootstrap of the Sobol indices: 1,000 resamples of the base rows, 95% percentile intervals, a fixed seed. */
    static final BootstrapSettings SOBOL_BOOTSTRAP = new BootstrapSettings(1_000, ClaimsSettings.LEVEL, 20250214L);

    private ClaimAnalysis() {
    }

    static List<ClaimResult> analyse(ClaimsPlan plan, RunTable comparison, RunTable replicate, RunTable robustness) {
        List<ClaimResult> results = new ArrayList<>();
        for (Claim claim : ClaimRegistry.claims()) {
            results.add(plan.tests(claim) ? analyse(plan, claim, comparison, replicate, robustness)
                    : ClaimResult.untested(claim, plan.untested().get(claim)));
        }
        return adjust(results);
    }

    /**
     * Holm's step-down adjustment ({@link HolmAdjustment}) of the first seed set's p-values over the tested
     * claims, and separately of the replicate's, each judged by {@link AdjustedVerdict} at α = 1 - level; the
     * two adjusted verdicts then go through the replication rule like the unadjusted ones.
     */
    static List<ClaimResult> adjust(List<ClaimResult> results) {
        double alpha = 1 - ClaimsSettings.LEVEL;
        double[] first = HolmAdjustment.adjust(results.stream().mapToDouble(ClaimResult::pValue).toArray());
        double[] second = HolmAdjustment.adjust(results.stream().mapToDouble(r -> r.replicate().pValue()).toArray());
        List<ClaimResult> adjusted = new ArrayList<>(results.size());
        for (int k = 0; k < results.size(); k++) {
            ClaimResult r = results.get(k);
            if (r.interval() == null) {
                adjusted.add(r);
                continue;
            }
            Direction expected = r.claim().expected();
            Verdict a = AdjustedVerdict.of(r.interval().estimate(), first[k], expected, alpha);
            Verdict b = r.replicate().interval() == null ? Verdict.UNTESTED
                    : AdjustedVerdict.of(r.replicate().interval().estimate(), second[k], expected, alpha);
            adjusted.add(r.withAdjusted(ReplicatedVerdict.of(a, b)));
        }
        return adjusted;
    }

    static ClaimResult analyse(ClaimsPlan plan, Claim claim, RunTable comparison, RunTable replicate,
                               RunTable robustness) {
        EffectMeasure measure = claim.effect();
        Comparison c = claim.comparison();
        double[] baseline = transform(measure, comparison.values(c.baseline().scenario(), claim.metric(), claim.statistic()));
        double[] treatment = transform(measure, comparison.values(c.treatment().scenario(), claim.metric(), claim.statistic()));
        ClaimResult.SeedSet first = seedSet(claim, comparison);
        ClaimResult.SeedSet second = seedSet(claim, replicate);
        EffectInterval interval = first.interval();

        double[] worldEffects = worldEffects(claim, robustness);
        SaltelliDesign design = plan.robustnessDesign();
        DistinctPoints worlds = DistinctPoints.of(design.points());
        SobolIndices sobol = worldEffects.length == worlds.distinct().length
                ? SobolAnalysis.ofCompleteRows(design, worlds.expand(worldEffects), SOBOL_BOOTSTRAP) : null;
        double[][] points = robustness.points(c.treatment().scenario());
        List<double[]> definedPoints = new ArrayList<>();
        List<Double> definedEffects = new ArrayList<>();
        int agreeing = 0;
        for (int w = 0; w < worldEffects.length; w++) {
            if (!Double.isNaN(worldEffects[w])) {
                definedPoints.add(points[w]);
                definedEffects.add(worldEffects[w]);
                agreeing += claim.expected().agrees(worldEffects[w]) ? 1 : 0;
            }
        }
        double share = definedEffects.isEmpty() ? Double.NaN : (double) agreeing / definedEffects.size();
        double[] prcc = PartialRankCorrelation.of(definedPoints.toArray(double[][]::new),
                definedEffects.stream().mapToDouble(Double::doubleValue).toArray());

        List<ClaimResult.ContextValue> context = new ArrayList<>();
        for (String metric : claim.context()) {
            if (comparison.has(metric, Statistic.FINAL_YEAR)) {
                context.add(new ClaimResult.ContextValue(metric,
                        mean(comparison.values(c.baseline().scenario(), metric, Statistic.FINAL_YEAR)),
                        mean(comparison.values(c.treatment().scenario(), metric, Statistic.FINAL_YEAR))));
            }
        }
        return new ClaimResult(claim, first.verdict(), interval, measure.centre(mean(baseline)),
                measure.centre(mean(treatment)), worldEffects, share, prcc, context,
                note(interval, baseline.length, treatment.length), first.pValue(), second,
                ReplicatedVerdict.of(first.verdict(), second.verdict()), ReplicatedVerdict.UNTESTED, sobol);
    }

    /**
     * Each claim's share of posterior worlds with the expected sign ({@link PosteriorShare}), from
     * the posterior experiment's runs: per world, the treatment arm's mean less the baseline arm's.
     */
    static List<PosteriorShare> posteriorShares(List<Claim> claims, RunTable posterior) {
        List<PosteriorShare> shares = new ArrayList<>();
        for (Claim claim : claims) {
            int defined = 0;
            int agreeing = 0;
            for (double effect : worldEffects(claim, posterior)) {
                if (!Double.isNaN(effect)) {
                    defined++;
                    agreeing += claim.expected().agrees(effect) ? 1 : 0;
                }
            }
            shares.add(new PosteriorShare(claim, defined == 0 ? Double.NaN : (double) agreeing / defined, defined));
        }
        return shares;
    }

    /** Per design point of {@code worlds}, the treatment arm's seed mean less the baseline arm's (NaN if undefined). */
    private static double[] worldEffects(Claim claim, RunTable worlds) {
        Comparison c = claim.comparison();
        double[] baseline = worlds.meanByPoint(c.baseline().scenario(), claim.metric(), claim.statistic(),
                claim.effect()::transform);
        double[] treatment = worlds.meanByPoint(c.treatment().scenario(), claim.metric(), claim.statistic(),
                claim.effect()::transform);
        double[] effects = new double[Math.min(baseline.length, treatment.length)];
        for (int w = 0; w < effects.length; w++) {
            effects[w] = treatment[w] - baseline[w];
        }
        return effects;
    }

    /** The claim's comparison on one seed set: interval, verdict and p-value. */
    static ClaimResult.SeedSet seedSet(Claim claim, RunTable runs) {
        Comparison c = claim.comparison();
        double[] baseline = transform(claim.effect(), runs.values(c.baseline().scenario(), claim.metric(), claim.statistic()));
        double[] treatment = transform(claim.effect(), runs.values(c.treatment().scenario(), claim.metric(), claim.statistic()));
        EffectInterval interval = WelchInterval.of(baseline, treatment, ClaimsSettings.LEVEL);
        Verdict verdict = Verdict.of(interval, claim.expected());
        return new ClaimResult.SeedSet(interval, verdict,
                verdict == Verdict.UNTESTED ? Double.NaN : WelchTest.pValue(baseline, treatment));
    }

    private static double[] transform(EffectMeasure measure, double[] statistics) {
        return Arrays.stream(statistics).map(measure::transform).toArray();
    }

    private static double mean(double[] values) {
        double[] defined = Arrays.stream(values).filter(v -> !Double.isNaN(v)).toArray();
        return defined.length == 0 ? Double.NaN : StatUtils.mean(defined);
    }

    /** Says how many runs had a defined value when some had none (e.g. never reaching human level). */
    private static String note(EffectInterval interval, int baselineRuns, int treatmentRuns) {
        if (interval.baselineRuns() == baselineRuns && interval.treatmentRuns() == treatmentRuns) {
            return "";
        }
        return String.format(Locale.ROOT, "defined in %d of %d baseline and %d of %d treatment runs",
                interval.baselineRuns(), baselineRuns, interval.treatmentRuns(), treatmentRuns);
    }
}

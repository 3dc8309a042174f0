package org.inferenceshift.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inferenceshift.report.ReportDocument;
import org.inferenceshift.report.ReportDocument.Bullets;
import org.inferenceshift.report.ReportDocument.Heading;
import org.inferenceshift.report.ReportDocument.Image;
import org.inferenceshift.report.ReportDocument.Table;
import org.inferenceshift.report.ReportDocument.Text;

/**
 * The claims report as a {@link ReportDocument} (rendered to report.md and a self-contained report.html):
 * the verdict table and forest plot, the robustness map, each claim with its measurement, result, context
 * metrics and figure, and the method. Nothing in it depends on the clock, so a quick run's report is the
 * same every time.
 */
final class ClaimsReport {
    /** The texts by their full titles: the files they were read from are not part of the repository. */
    static final String E = "[E] = Toby Ord, *Inference Scaling Reshapes AI Governance* (essay, Feb 2025)";
    static final String R = "[R] = Toby Ord, *Inference Scaling and AI Governance* (technical report, Oct 2025)";

    private ClaimsReport() {
    }

    /** @param figures PNG bytes by file name inside {@code figures/} */
    static ReportDocument build(ClaimsPlan plan, Findings findings, Map<String, byte[]> figures) {
        List<ClaimResult> results = findings.claims();
        List<FactorialResult> factorial = findings.factorial();
        ClaimsSettings s = plan.settings();
        ReportDocument doc = new ReportDocument("InferenceShift claims report (" + s.mode() + " mode)");
        doc.add(new Text("Each claim of the source texts (the registry in docs/CLAIMS.md, section 'Registry') tested on the model: the effect of moving from "
                + "a baseline world to the world the claim is about, with a 95% confidence interval across seeds and "
                + "a verdict by a rule fixed before the runs, then the same effect across a Sobol sample of the "
                + "uncertain parameters. " + E + "; " + R + "; sections are cited by heading."));
        doc.add(new Text(String.format(Locale.ROOT, "Runs: %d seeds per arm on each of two independent seed sets and %d sampled worlds (one run of every "
                        + "arm each), %,d simulated users per run, over each scenario's horizon; experiment seed %d. "
                        + "Arms: %s.", s.seeds(), s.worlds(), s.agents(), s.seed(),
                String.join(", ", plan.arms().stream().map(a -> "`" + a.file() + "`").toList()))));

        doc.add(new Heading(2, "Verdicts"));
        doc.add(new Text(tally(results)));
        doc.add(verdictTable(findings));
        doc.add(new Text(pathSentence(findings)));
        doc.add(new Image("Forest plot of every effect with its 95% confidence interval", ClaimFigures.DIR + "/"
                + ClaimFigures.FOREST, figures.get(ClaimFigures.FOREST)));
        doc.add(new Text("Forest plot: each effect divided by the pooled standard deviation of its per-run statistic "
                + "(Cohen's d) and signed so that right of zero is the direction the texts expect; the bar is the "
                + "95% interval. Effects beyond " + (int) ClaimFigures.FOREST_LIMIT + " SD are drawn at the edge."));

        if (!factorial.isEmpty()) {
            doc.add(new Heading(2, "Which difference between the eras"));
            doc.add(new Text(FACTORIAL_INTRO));
            doc.add(factorialTable(factorial));
        }
        if (!findings.premise().isEmpty()) {
            doc.add(new Heading(2, "Emergent or premised inference per query"));
            doc.add(new Text(PREMISE_INTRO));
            doc.add(premiseTable(findings.premise()));
        }

        if (!findings.texts().isEmpty()) {
            doc.add(new Heading(2, "The texts' numbers"));
            doc.add(new Text(TEXTS_INTRO));
            doc.add(textTable(findings.texts()));
        }

        doc.add(new Heading(2, "Robustness"));
        doc.add(new Text(robustnessIntro(plan)));
        doc.add(new Image("Robustness map", ClaimFigures.DIR + "/" + ClaimFigures.MAP, figures.get(ClaimFigures.MAP)));
        doc.add(robustnessTable(results, plan.parameters()));
        if (!findings.posterior().isEmpty()) {
            doc.add(new Heading(3, "On the calibration posterior"));
            doc.add(new Text(posteriorIntro(plan.posterior())));
            doc.add(posteriorTable(findings));
        }

        doc.add(new Heading(2, "Claims one by one"));
        for (Map.Entry<Integer, List<ClaimResult>> claim : byNumber(results).entrySet()) {
            addClaim(doc, claim.getKey(), claim.getValue(), plan, figures);
        }

        doc.add(new Heading(2, "Method"));
        doc.add(new Bullets(method()));
        return doc;
    }

    /**
     * "Of 19 claim parts (verdicts replicated on two seed sets): 9 supported, 0 contradicted, 6 inconclusive,
     * 4 unstable, 0 untested; after Holm's adjustment: 8 supported, ...".
     */
    static String tally(List<ClaimResult> results) {
        return String.format(Locale.ROOT, "Of %d claim parts (verdicts replicated on two independent seed sets): %s; "
                + "after Holm's adjustment for the %d tests of each seed set: %s.", results.size(),
                counts(results, ClaimResult::replicated), results.stream().filter(r -> r.interval() != null).count(),
                counts(results, ClaimResult::adjusted));
    }

    private static String counts(List<ClaimResult> results, java.util.function.Function<ClaimResult, ReplicatedVerdict> verdict) {
        List<String> parts = new ArrayList<>();
        for (ReplicatedVerdict v : ReplicatedVerdict.values()) {
            parts.add(results.stream().filter(r -> verdict.apply(r) == v).count() + " " + v.label());
        }
        return String.join(", ", parts);
    }

    static Table verdictTable(Findings findings) {
        List<List<String>> rows = new ArrayList<>();
        for (ClaimResult r : findings.claims()) {
            Claim c = r.claim();
            EffectInterval replicate = r.replicate().interval();
            rows.add(List.of(c.id(), c.title(), c.comparison().baseline().scenario() + " → "
                            + c.comparison().treatment().scenario(),
                    "`" + c.metric() + "` (" + c.statistic().key() + ")", c.expected().word(),
                    Fmt.num(r.baselineCentre()), Fmt.num(r.treatmentCentre()),
                    r.interval() == null ? "NA" : Fmt.interval(r.interval()) + " " + c.effect().label(),
                    replicate == null ? "NA" : Fmt.interval(replicate),
                    r.replicated().label(), r.adjusted().label(), pathCell(findings.path(r), r),
                    ClaimFigures.percent(r.robustShare())));
        }
        return new Table(List.of("claim", "statement (paraphrased)", "baseline → treatment", "metric (statistic)",
                "expected", "baseline", "treatment", "effect [95% CI], seed set 1", "seed set 2", "verdict",
                "verdict (Holm)", "months with the expected sign", "robust share"), rows,
                List.of(false, false, false, false, false, true, true, true, true, false, false, true, true));
    }

    private static String pathCell(TimePath path, ClaimResult r) {
        if (path == null) {
            return "NA";
        }
        return ClaimFigures.percent(path.expectedSignShare()) + (path.disagreesWith(r.verdict()) ? " (disagrees)" : "");
    }

    /** Says which claims' end point and time path tell opposite stories (the rule of {@link TimePath}). */
    static String pathSentence(Findings findings) {
        List<String> flagged = findings.claims().stream()
                .filter(r -> findings.path(r) != null && findings.path(r).disagreesWith(r.verdict()))
                .map(r -> r.claim().id()).toList();
        String rule = "The months column is the share of months in which the effect (first seed set) has the sign the "
                + "texts expect; a claim is flagged when its end-point verdict and its path disagree (supported at the "
                + "end but against the claim in more months than with it, or the reverse).";
        return rule + (flagged.isEmpty() ? " No claim is flagged." : " Flagged: " + String.join(", ", flagged) + ".");
    }

    static final String FACTORIAL_INTRO = "The eras differ in three ways at once: the data wall, the inference gain "
            + "(reasoning slope and plateau) and the labs' starting allocation. The era claims are run again as a 2x2x2 "
            + "factorial over those differences (each factor's levels as the two era files write them; every cell "
            + "on two independent seed sets, as many seeds as an arm). Each cell shows the effect [95% CI] on the "
            + "first seed set and, for the era row and the main effects, the replicated verdict against the claim's expected direction; a main effect is "
            + "the mean of the four cells at the inference era's level minus the four at the pre-training era's, an "
            + "interaction half the difference of one factor's effect at the other's two levels. The texts' "
            + "mechanism is the inference gain: its column is the verdict on the claim itself. The era row is the "
            + "registry's comparison repeated inside the factorial; it mixes all three. All contrasts are in "
            + "factorial.csv.";

    static final String PREMISE_INTRO = "The texts reason from a premise: inference per query grows by orders of "
            + "magnitude. In the model it is an outcome (adaptive tiers whose k the labs revise by their pricing "
            + "reviews); the premise design asks whether the claims about deployment compute, copies and the business "
            + "model hold because of that outcome or only when the premise is put in as an input (the values of "
            + "scenarios/" + PremiseFactorial.FILE + ": fixed-k tiers, the base tier's k grown 100x over five years, "
            + "capped at the plateau). Both era files run again with the premise set, on two further seed sets paired "
            + "with the comparison's, and form a 2x2 with the comparison's own era arms (era x inference per query; "
            + "the premise is crossed with the three era differences together). Each cell is the effect [95% CI] on "
            + "the first seed set and its replicated verdict against the claim's expected direction: for the premise "
            + "and the interaction, supported means the premise moves the metric, or the era's effect, the way the "
            + "claim says. Main effect and interaction follow the factorial's convention above. Claims 2, 4 and 5 are "
            + "not about deployment compute and are left out (docs/CLAIMS.md says why). All contrasts are in "
            + "factorial.csv (design premise).";

    /** Per claim the premise concerns: the era's effect at both levels, the premise's effects, the interaction. */
    static Table premiseTable(List<FactorialResult> premise) {
        List<String> columns = List.of(PremiseFactorial.ERA_EMERGENT, PremiseFactorial.ERA_PREMISED,
                PremiseFactorial.PREMISE_IN_INFERENCE_ERA, PremiseFactorial.PREMISE_MAIN, PremiseFactorial.INTERACTION);
        List<List<String>> rows = new ArrayList<>();
        for (FactorialResult f : premise) {
            List<String> row = new ArrayList<>(List.of(f.claim().id(), "`" + f.claim().metric() + "`",
                    f.claim().effect().label(), f.claim().expected().word()));
            columns.forEach(name -> row.add(cell(f.row(name))));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("claim", "metric", "effect", "expected"));
        header.add("era, emergent k (the registry comparison)");
        header.add("era, premised k");
        header.add("premise in the inference era (inference-era → " + PremiseFactorial.FILE.replace(".json", "") + ")");
        header.add("premise (main effect)");
        header.add("era×premise");
        List<Boolean> numeric = new ArrayList<>();
        header.forEach(h -> numeric.add(false));
        return new Table(header, rows, numeric);
    }

    static final String TEXTS_INTRO = "Each quantitative statement of the texts beside the model's value, computed "
            + "from the era arms' runs (first seed set) and the era scenario files. Some are inputs of the model and "
            + "say so; a match there tests nothing.";

    static Table textTable(List<TextCheck> checks) {
        List<List<String>> rows = new ArrayList<>();
        for (TextCheck c : checks) {
            rows.add(List.of(c.statement(), c.source(), c.textValue(), c.modelValue(), c.reading()));
        }
        return new Table(List.of("the texts say", "where", "texts' value", "model", "how the model's value arises"),
                rows, List.of(false, false, false, false, false));
    }

    /** Per era claim: the era contrast, the three main effects and the largest interaction. */
    static Table factorialTable(List<FactorialResult> factorial) {
        List<List<String>> rows = new ArrayList<>();
        for (FactorialResult f : factorial) {
            List<String> row = new ArrayList<>(List.of(f.claim().id(), "`" + f.claim().metric() + "`",
                    f.claim().effect().label(), f.claim().expected().word()));
            row.add(cell(f.row(FactorialResult.ERA_ROW)));
            for (EraFactorial.Factor factor : EraFactorial.FACTORS) {
                row.add(cell(f.row(factor.name())));
            }
            FactorialResult.Row interaction = largestInteraction(f);
            // an interaction has no expected direction in the texts: its interval only
            row.add(interaction.name() + ": " + (interaction.first() == null || !interaction.first().isDefined() ? "NA"
                    : Fmt.interval(interaction.first())));
            rows.add(row);
        }
        List<String> header = new ArrayList<>(List.of("claim", "metric", "effect", "expected", "era comparison (mixes all three)"));
        EraFactorial.FACTORS.forEach(factor -> header.add(factor.name() + (factor == EraFactorial.FACTORS.get(
                EraFactorial.CLAIMED_FACTOR) ? " (the claim's mechanism)" : "")));
        header.add("largest interaction");
        List<Boolean> numeric = new ArrayList<>();
        header.forEach(h -> numeric.add(false));
        return new Table(header, rows, numeric);
    }

    private static String cell(FactorialResult.Row row) {
        return row.first() == null || !row.first().isDefined() ? "NA (" + row.verdict().label() + ")"
                : Fmt.interval(row.first()) + " " + row.verdict().label();
    }

    private static FactorialResult.Row largestInteraction(FactorialResult f) {
        return f.effects().stream().filter(r -> r.name().contains("×"))
                .max(java.util.Comparator.comparingDouble(r -> r.first() == null ? -1 : Math.abs(r.first().estimate())))
                .orElseThrow();
    }

    static String robustnessIntro(ClaimsPlan plan) {
        org.inferenceshift.stats.SaltelliDesign design = plan.robustnessDesign();
        return String.format(Locale.ROOT, "Every arm runs %d time(s) at each of the %d distinct points of a Saltelli design "
                + "(%d base rows; Sobol points in the A, B and A_B^(i) matrices) over the %d uncertain parameters "
                + "(ranges and sources in docs/MODEL.md, 'Uncertain parameters'). A world's effect is the mean over its "
                + "runs of treatment minus baseline, computed as above. Variance-based sensitivity: first-order (S1, "
                + "Saltelli et al. 2010 estimator) and total-order (ST, Jansen 1999 estimator) Sobol indices of the world "
                + "effect, with 95%% bootstrap percentile intervals over the base rows (1,000 resamples; rows where "
                + "the effect is undefined are left out, with their whole block); with few base rows they are wide. "
                + "The partial rank correlation (PRCC) of the world effect with each parameter, over all the design's "
                + "points, is a second view; the share of worlds with the expected sign mixes parameter and the "
                + "remaining seed variation. All indices are in sobol.csv.", plan.settings().worldSeeds(),
                DistinctPoints.of(design.points()).distinct().length, design.baseRows(), plan.parameters().size());
    }

    static String posteriorIntro(PosteriorWorlds worlds) {
        return String.format(java.util.Locale.ROOT, "The same arms in each of the %d parameter sets that calibration "
                + "kept in %s (%s: ABC rejection, the worlds within the tolerance of the best fit to the 2023–2025 "
                + "calibration targets; docs/VALIDATION.md), the other parameters as the scenarios write them. "
                + "Beside it, the share over the hand ranges above. No Sobol indices here: the posterior is not a "
                + "product design.", worlds.points().size(), worlds.source(), String.join(", ", worlds.paths()));
    }

    static Table posteriorTable(Findings findings) {
        List<List<String>> rows = new ArrayList<>();
        for (ClaimResult r : findings.withPosterior()) {
            PosteriorShare p = findings.posterior(r);
            rows.add(List.of(r.claim().id(), r.replicated().label(), ClaimFigures.percent(r.robustShare()),
                    ClaimFigures.percent(p.share()), Integer.toString(p.worlds())));
        }
        return new Table(List.of("claim", "verdict", "hand-range worlds with the expected sign",
                "posterior worlds with the expected sign", "posterior worlds"), rows,
                List.of(false, false, true, true, true));
    }

    static Table robustnessTable(List<ClaimResult> results, List<UncertainParameter> parameters) {
        List<List<String>> rows = new ArrayList<>();
        for (ClaimResult r : results) {
            if (r.interval() == null) {
                continue;
            }
            String top = ClaimsCsv.topParameters(r, parameters, ClaimsCsv.TOP);
            String sobol = ClaimsCsv.topSobol(r, 2);
            rows.add(List.of(r.claim().id(), ClaimFigures.percent(r.robustShare()), Integer.toString(r.definedWorlds()),
                    sobol.isEmpty() ? "NA (too few complete worlds)" : sobol,
                    top.isEmpty() ? "NA (too few worlds)" : top));
        }
        return new Table(List.of("claim", "worlds with the expected sign", "worlds",
                "largest total-order Sobol indices [95% bootstrap CI]", "most influential (PRCC)"), rows,
                List.of(false, true, true, false, false));
    }

    private static void addClaim(ReportDocument doc, int number, List<ClaimResult> parts, ClaimsPlan plan,
                                 Map<String, byte[]> figures) {
        Claim first = parts.get(0).claim();
        doc.add(new Heading(3, "Claim " + number));
        doc.add(new Text("[E] §\"" + first.essaySection() + "\"; [R] §\"" + first.reportSection() + "\". Comparison: "
                + first.comparison().description() + "."));
        for (ClaimResult r : parts) {
            Claim c = r.claim();
            doc.add(new Heading(4, c.id() + ". " + c.title()));
            doc.add(new Text(c.rationale() + " Expected: " + c.expected().word() + " in `"
                    + c.comparison().treatment().scenario() + "` than in `" + c.comparison().baseline().scenario()
                    + "`."));
            doc.add(new Text(resultSentence(r, plan)));
            if (!r.context().isEmpty()) {
                List<List<String>> rows = new ArrayList<>();
                String centre = c.effect() == EffectMeasure.LOG10_RATIO ? "geometric mean of runs" : "mean of runs";
                rows.add(List.of("`" + c.metric() + "` (" + c.statistic().key() + ", " + centre + ")",
                        Fmt.num(r.baselineCentre()), Fmt.num(r.treatmentCentre())));
                for (ClaimResult.ContextValue v : r.context()) {
                    rows.add(List.of("`" + v.metric() + "` (final-year mean)", Fmt.num(v.baseline()),
                            Fmt.num(v.treatment())));
                }
                doc.add(new Table(List.of("metric", c.comparison().baseline().scenario(),
                        c.comparison().treatment().scenario()), rows, List.of(false, true, true)));
            }
        }
        String file = ClaimFigures.claimFile(number);
        if (figures.containsKey(file)) {
            doc.add(new Image("Claim " + number, ClaimFigures.DIR + "/" + file, figures.get(file)));
        }
    }

    static String resultSentence(ClaimResult r, ClaimsPlan plan) {
        if (r.interval() == null) {
            return "Untested: " + r.note() + ".";
        }
        Claim c = r.claim();
        StringBuilder s = new StringBuilder();
        EffectInterval replicate = r.replicate().interval();
        s.append(String.format(Locale.ROOT, "Result: effect %s (%s, 95%% CI; %s), and %s on an independent seed set "
                        + "(%s); verdict: %s (after Holm's adjustment: %s)",
                Fmt.interval(r.interval()), c.effect().label(), r.verdict().label(),
                replicate == null ? "NA" : Fmt.interval(replicate), r.replicate().verdict().label(),
                r.replicated().label(), r.adjusted().label()));
        if (!r.note().isEmpty()) {
            s.append(" (").append(r.note()).append(')');
        }
        s.append(String.format(Locale.ROOT, ". Expected sign in %s of %d sampled worlds",
                ClaimFigures.percent(r.robustShare()), r.definedWorlds()));
        if (!r.ranking().isEmpty()) {
            int top = r.ranking().get(0);
            s.append(String.format(Locale.ROOT, "; the effect moves most with `%s` (PRCC %+.2f)",
                    plan.parameters().get(top).path(), r.prcc()[top]));
        }
        return s.append('.').toString();
    }

    private static Map<Integer, List<ClaimResult>> byNumber(List<ClaimResult> results) {
        Map<Integer, List<ClaimResult>> out = new LinkedHashMap<>();
        results.forEach(r -> out.computeIfAbsent(r.claim().number(), k -> new ArrayList<>()).add(r));
        return out;
    }

    static List<String> method() {
        return List.of(
                "Effect: each run's monthly series of the claim's metric is reduced to one number (final_year: the mean "
                        + "of the last 12 months; mean: over all months; first: the first month it is defined). "
                        + "difference = treatment mean minus baseline mean; log10 ratio = mean log10 of the treatment "
                        + "arm minus mean log10 of the baseline arm (the log of the ratio of geometric means).",
                "Interval: Welch's t-interval for a difference of means with unequal variances, 95%, t quantile from "
                        + "commons-math3's TDistribution with Welch-Satterthwaite degrees of freedom. Arms run with "
                        + "different seeds (the batch runner's per-run seeds), so their samples are independent. "
                        + "Runs without a defined value (e.g. no human-level system within the horizon) are left out "
                        + "and counted in the claim's note.",
                "Verdict (fixed before the runs): on each seed set, supported if the interval excludes zero on the "
                        + "side the texts expect; contradicted if it excludes zero on the other side; inconclusive if "
                        + "it contains zero; untested if the model lacks the claim's metric or scenarios, or an arm has "
                        + "fewer than two defined runs. The comparison runs on two independent seed sets (the "
                        + "experiments comparison and replicate, whose seeds differ); the verdict stands only if both "
                        + "sets give it, and is unstable otherwise.",
                "Multiplicity: Holm's step-down adjustment of each seed set's Welch p-values over the family of "
                        + "tested claims (family-wise error 5%), chosen over Benjamini-Hochberg because a verdict here is "
                        + "read one claim at a time, so the family-wise error is what a reader assumes; the adjusted "
                        + "verdicts are replicated by the same rule. Adjustment only raises p-values, so it can only "
                        + "turn a verdict inconclusive.",
                "Robustness: a Sobol sequence (commons-math3 SobolSequenceGenerator, through the batch runner's sample "
                        + "design) over the uncertain parameters; every arm runs once per point with the same "
                        + "parameter values. Share = worlds whose effect has the expected sign over worlds with a "
                        + "defined effect. Sensitivity: partial rank correlation coefficients (ranks, least-squares "
                        + "residuals and Pearson correlation from commons-math3).",
                "What is not sampled: the parameters that define the arms themselves (the eras' returns above the data "
                        + "wall, reasoning gain, inference plateau and opening allocations; ida.enabled; the policy "
                        + "kinds). The comparison is between those worlds as the scenario files write them.");
    }
}

package org.inferenceshift.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.inferenceshift.output.Numbers;

/**
 * {@code claims.csv} (one row per claim part: what was compared, the effect, its interval and p-value on each
 * seed set, each set's verdict, the replicated verdict (headline), the Holm-adjusted one, for the claims the
 * premise design concerns the era effect when inference per query is premised (first seed set, replicated
 * verdict) and the era×premise interaction, and the robustness share) and {@code robustness.csv} (one row per sampled world: its parameter values and
 * each claim's effect there).
 */
final class ClaimsCsv {
    static final String CLAIMS_FILE = "claims.csv";
    static final String ROBUSTNESS_FILE = "robustness.csv";
    static final String POSTERIOR_FILE = "posterior-robustness.csv";
    static final String FACTORIAL_FILE = "factorial.csv";
    static final String SOBOL_FILE = "sobol.csv";
    static final List<String> SOBOL_HEADER = List.of("claim", "parameter", "first_order", "first_order_low",
            "first_order_high", "total_order", "total_order_low", "total_order_high", "base_rows", "effect_variance");
    static final List<String> FACTORIAL_HEADER = List.of("claim", "design", "effect", "effect_measure", "expected", "estimate",
            "ci_low", "ci_high", "replicate_estimate", "replicate_ci_low", "replicate_ci_high", "verdict");
    static final List<String> HEADER = List.of("claim", "title", "comparison", "baseline", "treatment", "metric",
            "statistic", "effect_measure", "expected", "baseline_runs", "treatment_runs", "baseline_value",
            "treatment_value", "effect", "ci_low", "ci_high", "p_value", "verdict_first_seeds", "replicate_effect",
            "replicate_ci_low", "replicate_ci_high", "replicate_p_value", "verdict_replicate_seeds", "verdict",
            "verdict_holm", "path_expected_sign_share", "path_disagrees", "premised_effect", "premised_ci_low",
            "premised_ci_high", "verdict_premised", "premise_interaction", "premise_interaction_ci_low",
            "premise_interaction_ci_high", "worlds", "robust_share", "top_parameters",
            "note");
    /** Parameters named in {@code top_parameters}. */
    static final int TOP = 3;
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get();

    private ClaimsCsv() {
    }

    static String claims(Findings findings, List<UncertainParameter> parameters) {
        List<ClaimResult> results = findings.claims();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(HEADER);
            for (ClaimResult r : results) {
                Claim c = r.claim();
                EffectInterval i = r.interval();
                EffectInterval rep = r.replicate().interval();
                TimePath path = findings.path(r);
                FactorialResult premise = findings.premise(r);
                FactorialResult.Row premised = premise == null ? null : premise.row(PremiseFactorial.ERA_PREMISED);
                EffectInterval interaction = premise == null ? null : premise.row(PremiseFactorial.INTERACTION).first();
                boolean tested = i != null;
                csv.printRecord(c.id(), c.title(), c.comparison().id(), c.comparison().baseline().scenario(),
                        c.comparison().treatment().scenario(), c.metric(), c.statistic().key(), c.effect().label(),
                        c.expected().word(), tested ? i.baselineRuns() : 0, tested ? i.treatmentRuns() : 0,
                        Numbers.format(r.baselineCentre()), Numbers.format(r.treatmentCentre()),
                        tested ? Numbers.format(i.estimate()) : Numbers.MISSING,
                        tested ? Numbers.format(i.lower()) : Numbers.MISSING,
                        tested ? Numbers.format(i.upper()) : Numbers.MISSING, Numbers.format(r.pValue()),
                        r.verdict().label(), estimate(rep), lower(rep), upper(rep), Numbers.format(r.replicate().pValue()),
                        r.replicate().verdict().label(), r.replicated().label(), r.adjusted().label(),
                        path == null ? Numbers.MISSING : Numbers.format(path.expectedSignShare()),
                        path == null ? Numbers.MISSING : Boolean.toString(path.disagreesWith(r.verdict())),
                        estimate(premised == null ? null : premised.first()),
                        lower(premised == null ? null : premised.first()),
                        upper(premised == null ? null : premised.first()),
                        premised == null ? Numbers.MISSING : premised.verdict().label(), estimate(interaction),
                        lower(interaction), upper(interaction), r.definedWorlds(), Numbers.format(r.robustShare()),
                        topParameters(r, parameters, TOP), r.note());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }

    private static String estimate(EffectInterval i) {
        return i == null ? Numbers.MISSING : Numbers.format(i.estimate());
    }

    private static String lower(EffectInterval i) {
        return i == null ? Numbers.MISSING : Numbers.format(i.lower());
    }

    private static String upper(EffectInterval i) {
        return i == null ? Numbers.MISSING : Numbers.format(i.upper());
    }

    /** "path (+0.62); path (-0.31)": the parameters that move the effect most, with their PRCC. */
    static String topParameters(ClaimResult r, List<UncertainParameter> parameters, int count) {
        List<String> parts = new ArrayList<>();
        for (int p : r.ranking().subList(0, Math.min(count, r.ranking().size()))) {
            parts.add(String.format(Locale.ROOT, "%s (%+.2f)", parameters.get(p).path(), r.prcc()[p]));
        }
        return String.join("; ", parts);
    }

    /**
     * {@code factorial.csv}: one row per era claim and contrast, the era design's (the era comparison, main
     * effects, interactions) then the premise design's for the claims it concerns.
     */
    static String factorial(List<FactorialResult> eras, List<FactorialResult> premise) {
        StringBuilder out = new StringBuilder();
        List<FactorialResult> results = new ArrayList<>(eras);
        results.addAll(premise);
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(FACTORIAL_HEADER);
            for (FactorialResult f : results) {
                for (FactorialResult.Row row : f.effects()) {
                    csv.printRecord(f.claim().id(), f.design(), row.name(), f.claim().effect().label(), f.claim().expected().word(),
                            estimate(row.first()), lower(row.first()), upper(row.first()), estimate(row.second()),
                            lower(row.second()), upper(row.second()), row.verdict().label());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }

    /** {@code sobol.csv}: one row per tested claim and uncertain parameter, with bootstrap intervals. */
    static String sobol(List<ClaimResult> results) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord(SOBOL_HEADER);
            for (ClaimResult r : results) {
                if (r.sobol() == null) {
                    continue;
                }
                for (org.inferenceshift.stats.FactorIndices f : r.sobol().factors()) {
                    csv.printRecord(r.claim().id(), f.factor(), Numbers.format(f.firstOrder().value()),
                            Numbers.format(f.firstOrder().lower()), Numbers.format(f.firstOrder().upper()),
                            Numbers.format(f.totalOrder().value()), Numbers.format(f.totalOrder().lower()),
                            Numbers.format(f.totalOrder().upper()), r.sobol().baseRows(),
                            Numbers.format(r.sobol().variance()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }

    /** "path ST 0.41 [0.22, 0.63]; ...": the parameters with the largest total-order index. */
    static String topSobol(ClaimResult r, int count) {
        if (r.sobol() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        r.sobol().factors().stream().filter(f -> !Double.isNaN(f.totalOrder().value()))
                .sorted((a, b) -> Double.compare(b.totalOrder().value(), a.totalOrder().value())).limit(count)
                .forEach(f -> parts.add(String.format(Locale.ROOT, "%s S1 %.2f, ST %.2f [%.2f, %.2f]", f.factor(),
                        f.firstOrder().value(), f.totalOrder().value(), f.totalOrder().lower(), f.totalOrder().upper())));
        return String.join("; ", parts);
    }

    static String robustness(List<ClaimResult> results, List<UncertainParameter> parameters, double[][] points) {
        List<ClaimResult> tested = results.stream().filter(r -> r.interval() != null).toList();
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>(List.of("world"));
            parameters.forEach(p -> header.add(p.path()));
            tested.forEach(r -> header.add("effect_" + r.claim().id()));
            csv.printRecord(header);
            for (int w = 0; w < points.length; w++) {
                List<String> row = new ArrayList<>(List.of(Integer.toString(w)));
                for (double v : points[w]) {
                    row.add(Numbers.format(v));
                }
                for (ClaimResult r : tested) {
                    row.add(w < r.worldEffects().length ? Numbers.format(r.worldEffects()[w]) : Numbers.MISSING);
                }
                csv.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }

    /** One row per tested claim: its share of hand-range worlds and of posterior worlds with the expected sign. */
    static String posterior(Findings findings) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSV)) {
            csv.printRecord("claim", "hand_range_share", "hand_range_worlds", "posterior_share", "posterior_worlds");
            for (ClaimResult r : findings.withPosterior()) {
                PosteriorShare p = findings.posterior(r);
                csv.printRecord(r.claim().id(), Numbers.format(r.robustShare()),
                        Integer.toString(r.definedWorlds()), Numbers.format(p.share()), Integer.toString(p.worlds()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("formatting into memory cannot fail", e);
        }
        return out.toString();
    }
}

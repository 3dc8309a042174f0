package org.inferenceshift.claims;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis of one claim from hand-written {@code runs.csv} tables: claim 2 (first human-level cost,
 * log10 ratio, expected higher), with runs that never reach human level.
 */
class ClaimAnalysisTest {
    @TempDir
    Path dir;

    private static final Claim CLAIM_2 = ClaimRegistry.claims().stream().filter(c -> c.id().equals("2")).findFirst()
            .orElseThrow();

    @Test
    void effectIntervalAndRobustnessOfAClaimWithUndefinedRuns() throws IOException {
        List<String> parameters = ClaimRegistry.uncertainParameters().stream().map(UncertainParameter::path).toList();
        Path comparison = write("comparison.csv", List.of(), List.of(
                // scenario, point, replicate, parameters..., value
                row("pretraining-era", 0, 0, "0.01"), row("pretraining-era", 0, 1, "0.1"),
                row("pretraining-era", 0, 2, "NA"), row("pretraining-era", 0, 3, "1"),
                row("inference-era", 0, 0, "1000"), row("inference-era", 0, 1, "100"),
                row("inference-era", 0, 2, "10000"), row("inference-era", 0, 3, "NA")));
        Path robustness = write("robustness.csv", parameters, List.of(
                world("pretraining-era", 0, "1", parameters.size(), 0.1), world("inference-era", 0, "100", parameters.size(), 0.1),
                world("pretraining-era", 1, "10", parameters.size(), 0.2), world("inference-era", 1, "1", parameters.size(), 0.2),
                world("pretraining-era", 2, "NA", parameters.size(), 0.3), world("inference-era", 2, "5", parameters.size(), 0.3),
                world("pretraining-era", 3, "2", parameters.size(), 0.4), world("inference-era", 3, "2000", parameters.size(), 0.4)));
        // the replicate seed set: log10 baseline 0, 1, 2 (mean 1), treatment 1, 2, 3 (mean 2): effect 1 OOM
        Path replicate = write("replicate.csv", List.of(), List.of(
                row("pretraining-era", 0, 0, "1"), row("pretraining-era", 0, 1, "10"), row("pretraining-era", 0, 2, "100"),
                row("inference-era", 0, 0, "10"), row("inference-era", 0, 1, "100"), row("inference-era", 0, 2, "1000")));
        ClaimsPlan plan = ClaimsPlan.of(ClaimsSettings.QUICK, Path.of("..", "scenarios"));

        ClaimResult r = ClaimAnalysis.analyse(plan, CLAIM_2, RunTable.read(comparison, List.of()),
                RunTable.read(replicate, List.of()), RunTable.read(robustness, parameters));

        // log10 values: baseline -2, -1, 0 (mean -1); treatment 3, 2, 4 (mean 3): effect 4 OOM
        assertEquals(4.0, r.interval().estimate(), 1e-12);
        assertEquals(3, r.interval().baselineRuns());
        assertEquals(3, r.interval().treatmentRuns());
        assertEquals(0.1, r.baselineCentre(), 1e-12);
        assertEquals(1000, r.treatmentCentre(), 1e-9);
        assertEquals(Verdict.SUPPORTED, r.verdict());
        // both sets: variances 1 and 1, n = 3 and 3: se = sqrt(2/3), Welch df = 4, t(0.975, 4) = 2.7764
        // first set: t = 4 / 0.8165 = 4.899, two-sided p = 0.00805 (scipy.stats.t.sf(4.899, 4) * 2)
        assertEquals(0.008049893100837719, r.pValue(), 1e-9);
        // replicate: 1 +- 2.7764 * 0.8165 = [-1.267, 3.267] contains 0: inconclusive, so the claim is unstable
        assertEquals(1.0, r.replicate().interval().estimate(), 1e-12);
        assertEquals(1 - 2.7764451 * Math.sqrt(2.0 / 3), r.replicate().interval().lower(), 1e-6);
        assertEquals(Verdict.INCONCLUSIVE, r.replicate().verdict());
        assertEquals(ReplicatedVerdict.UNSTABLE, r.replicated());
        assertEquals("defined in 3 of 4 baseline and 3 of 4 treatment runs", r.note());
        // worlds: log10(100) - log10(1) = 2; 0 - 1 = -1; undefined; log10(2000) - log10(2)
        assertArrayEquals(new double[] {2, -1, Double.NaN, 3}, r.worldEffects(), 1e-12);
        assertEquals(2.0 / 3, r.robustShare(), 1e-12);
        assertEquals(3, r.definedWorlds());
    }

    @Test
    void posteriorSharesCountTheWorldsWhoseSeedMeanEffectHasTheExpectedSign() throws IOException {
        List<String> parameters = List.of("population.valueUsdPerMonthAtMedianIncome");
        // two seeds a world, each arm's world value the mean of the seeds' log10 values:
        // world 0: baseline (0 + 2) / 2 = 1, treatment (1 + 3) / 2 = 2: +1, agrees (claim 2 expects higher)
        // world 1: baseline (2 + 2) / 2 = 2, treatment (1 + 1) / 2 = 1: -1, disagrees
        // world 2: baseline undefined in both seeds: no effect, not counted
        // world 3: baseline 0 and undefined: 0; treatment 1: +1, agrees. Share 2 of 3
        Path posterior = write("posterior.csv", parameters, List.of(
                posteriorRow("pretraining-era", 0, 0, "1"), posteriorRow("pretraining-era", 0, 1, "100"),
                posteriorRow("inference-era", 0, 0, "10"), posteriorRow("inference-era", 0, 1, "1000"),
                posteriorRow("pretraining-era", 1, 0, "100"), posteriorRow("pretraining-era", 1, 1, "100"),
                posteriorRow("inference-era", 1, 0, "10"), posteriorRow("inference-era", 1, 1, "10"),
                posteriorRow("pretraining-era", 2, 0, "NA"), posteriorRow("pretraining-era", 2, 1, "NA"),
                posteriorRow("inference-era", 2, 0, "10"), posteriorRow("inference-era", 2, 1, "10"),
                posteriorRow("pretraining-era", 3, 0, "1"), posteriorRow("pretraining-era", 3, 1, "NA"),
                posteriorRow("inference-era", 3, 0, "10"), posteriorRow("inference-era", 3, 1, "10")));

        PosteriorShare share = ClaimAnalysis.posteriorShares(List.of(CLAIM_2), RunTable.read(posterior, parameters)).get(0);

        assertEquals(CLAIM_2, share.claim());
        assertEquals(3, share.worlds());
        assertEquals(2.0 / 3, share.share(), 1e-12);
    }

    private static List<String> posteriorRow(String scenario, int point, int replicate, String value) {
        return List.of(scenario, Integer.toString(point), Integer.toString(replicate), Double.toString(10 + point), value);
    }

    private static List<String> row(String scenario, int point, int replicate, String value) {
        return List.of(scenario, Integer.toString(point), Integer.toString(replicate), value);
    }

    /** A robustness row: every parameter at {@code u} times its position (1, 2, ...), so no two are equal. */
    private static List<String> world(String scenario, int point, String value, int parameters, double u) {
        List<String> row = new ArrayList<>(List.of(scenario, Integer.toString(point), "0"));
        for (int p = 0; p < parameters; p++) {
            row.add(Double.toString(u * (p + 1)));
        }
        row.add(value);
        return row;
    }

    /** Columns as the batch runner writes them: run_id, scenario, point, parameters, replicate, seed, value. */
    private Path write(String name, List<String> parameters, List<List<String>> rows) throws IOException {
        StringBuilder csv = new StringBuilder("run_id,scenario,point");
        parameters.forEach(p -> csv.append(',').append(p));
        csv.append(",replicate,seed,human_level_cost_to_wage_first\n");
        int id = 0;
        for (List<String> row : rows) {
            csv.append(id++).append(',').append(row.get(0)).append(',').append(row.get(1));
            for (int p = 0; p < parameters.size(); p++) {
                csv.append(',').append(row.get(3 + p));
            }
            csv.append(',').append(row.get(2)).append(",1,").append(row.get(row.size() - 1)).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    @Test
    void holmAdjustsEachSeedSetsPValuesOverTheFamilyAndTheAdjustedVerdictsAreReplicated() {
        // p-values 0.01, 0.02, 0.04 on both sets (supported by their intervals): Holm gives 3 x 0.01 = 0.03,
        // max(0.03, 2 x 0.02) = 0.04, max(0.04, 1 x 0.04) = 0.04: all stay below 0.05.
        // With 0.01, 0.03, 0.04 on the second set instead: 0.03, 0.06, 0.06: the last two become inconclusive there.
        List<ClaimResult> results = List.of(
                tested(ClaimRegistry.claims().get(0), -1, 0.01, 0.01),
                tested(ClaimRegistry.claims().get(1), 1, 0.02, 0.03),
                tested(ClaimRegistry.claims().get(2), -1, 0.04, 0.04));
        List<ClaimResult> adjusted = ClaimAnalysis.adjust(results);
        assertEquals(ReplicatedVerdict.SUPPORTED, adjusted.get(0).adjusted());
        assertEquals(ReplicatedVerdict.UNSTABLE, adjusted.get(1).adjusted());
        assertEquals(ReplicatedVerdict.UNSTABLE, adjusted.get(2).adjusted());
        assertEquals(ReplicatedVerdict.SUPPORTED, adjusted.get(1).replicated(), "the unadjusted verdict is kept beside it");
    }

    /** A tested result whose two seed sets both support the claim, with the given p-values. */
    private static ClaimResult tested(Claim claim, double effect, double p1, double p2) {
        EffectInterval strict = effect > 0 ? new EffectInterval(effect, 0.1, 2 * effect, 10, 10, 1, 0.95)
                : new EffectInterval(effect, 2 * effect, -0.1, 10, 10, 1, 0.95);
        assertEquals(Verdict.SUPPORTED, Verdict.of(strict, claim.expected()), claim.id() + " expects this sign");
        ClaimResult.SeedSet second = new ClaimResult.SeedSet(strict, Verdict.SUPPORTED, p2);
        return new ClaimResult(claim, Verdict.SUPPORTED, strict, 1, 1, new double[0], Double.NaN, new double[0],
                List.of(), "", p1, second, ReplicatedVerdict.SUPPORTED, ReplicatedVerdict.UNTESTED, null);
    }
}

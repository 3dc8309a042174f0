package org.inferenceshift.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The factorial's contrasts for every tested era claim ({@link ClaimRegistry#ERAS}), from the two seed sets'
 * runs of the eight cells: each cell's per-run statistic, transformed by the claim's effect measure, then
 * {@link ContrastInterval} for the era contrast and each effect, and {@link ReplicatedVerdict} of the two sets'
 * {@link Verdict}s.
 */
final class FactorialAnalysis {
    private FactorialAnalysis() {
    }

    static List<FactorialResult> analyse(ClaimsPlan plan, RunTable first, RunTable second) {
        List<FactorialResult> out = new ArrayList<>();
        for (Claim claim : plan.testable()) {
            if (claim.comparison().equals(ClaimRegistry.ERAS)) {
                out.add(analyse(claim, first, second));
            }
        }
        return out;
    }

    static FactorialResult analyse(Claim claim, RunTable first, RunTable second) {
        List<double[]> a = cells(claim, first);
        List<double[]> b = cells(claim, second);
        List<FactorialResult.Row> rows = new ArrayList<>();
        rows.add(row(claim, FactorialResult.ERA_ROW, EraFactorial.eraContrast(), a, b));
        for (EraFactorial.Effect effect : EraFactorial.effects()) {
            rows.add(row(claim, effect.name(), effect.coefficients(), a, b));
        }
        return new FactorialResult(claim, rows);
    }

    private static FactorialResult.Row row(Claim claim, String name, double[] coefficients, List<double[]> a,
                                           List<double[]> b) {
        EffectInterval x = ContrastInterval.of(a, coefficients, ClaimsSettings.LEVEL);
        EffectInterval y = ContrastInterval.of(b, coefficients, ClaimsSettings.LEVEL);
        return new FactorialResult.Row(name, x, y,
                ReplicatedVerdict.of(Verdict.of(x, claim.expected()), Verdict.of(y, claim.expected())));
    }

    /** Each cell's transformed per-run statistics, in cell order. */
    private static List<double[]> cells(Claim claim, RunTable runs) {
        String scenario = ClaimRegistry.ERAS.baseline().scenario();
        List<double[]> cells = new ArrayList<>();
        for (int cell = 0; cell < EraFactorial.CELLS; cell++) {
            cells.add(Arrays.stream(runs.valuesAt(scenario, cell, claim.metric(), claim.statistic()))
                    .map(claim.effect()::transform).toArray());
        }
        return cells;
    }
}

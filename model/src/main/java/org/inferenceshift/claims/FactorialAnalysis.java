package org.inferenceshift.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The factorial designs' contrasts for every tested era claim ({@link ClaimRegistry#ERAS}), from the two seed
 * sets' runs of the cells: each cell's per-run statistic, transformed by the claim's effect measure, then
 * {@link ContrastInterval} for each contrast, and {@link ReplicatedVerdict} of the two sets' {@link Verdict}s.
 * The era design ({@link EraFactorial}) has eight cells in the factorial experiments; the premise design
 * ({@link PremiseFactorial}) four, two of them the comparison's own era arms.
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
        return new FactorialResult(claim, rows, FactorialResult.ERA_DESIGN);
    }

    /**
     * The premise design ({@link PremiseFactorial}) for every tested claim it concerns: cells 0 and 1 from the
     * comparison's era arms, cells 2 and 3 from the premise experiment's, on each seed set.
     */
    static List<FactorialResult> premise(ClaimsPlan plan, RunTable comparison, RunTable replicate, RunTable premise,
                                         RunTable premiseReplicate) {
        List<FactorialResult> out = new ArrayList<>();
        for (Claim claim : plan.testable()) {
            if (PremiseFactorial.concerns(claim)) {
                out.add(premise(claim, comparison, replicate, premise, premiseReplicate));
            }
        }
        return out;
    }

    static FactorialResult premise(Claim claim, RunTable comparison, RunTable replicate, RunTable premise,
                                   RunTable premiseReplicate) {
        List<double[]> a = premiseCells(claim, comparison, premise);
        List<double[]> b = premiseCells(claim, replicate, premiseReplicate);
        List<FactorialResult.Row> rows = new ArrayList<>();
        for (PremiseFactorial.Contrast contrast : PremiseFactorial.CONTRASTS) {
            rows.add(row(claim, contrast.name(), contrast.coefficients(), a, b));
        }
        return new FactorialResult(claim, rows, PremiseFactorial.DESIGN);
    }

    private static List<double[]> premiseCells(Claim claim, RunTable emergent, RunTable premised) {
        String pre = ClaimRegistry.ERAS.baseline().scenario();
        String inference = ClaimRegistry.ERAS.treatment().scenario();
        return List.of(transformed(claim, emergent.values(pre, claim.metric(), claim.statistic())),
                transformed(claim, emergent.values(inference, claim.metric(), claim.statistic())),
                transformed(claim, premised.values(pre, claim.metric(), claim.statistic())),
                transformed(claim, premised.values(inference, claim.metric(), claim.statistic())));
    }

    private static double[] transformed(Claim claim, double[] values) {
        return Arrays.stream(values).map(claim.effect()::transform).toArray();
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
            cells.add(transformed(claim, runs.valuesAt(scenario, cell, claim.metric(), claim.statistic())));
        }
        return cells;
    }
}

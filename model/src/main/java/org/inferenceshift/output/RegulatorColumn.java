package org.inferenceshift.output;

import java.util.function.Function;
import org.inferenceshift.metrics.RegulatorRow;

/**
 * The columns of {@code regulators.csv}, one row per regulator per month (after {@code month} and
 * {@code date}). Like {@link ModelColumn}, the one place their names, units and meanings are written; the
 * CSV header and {@code docs/METRICS.md} read them from here. The regulation columns of
 * {@code timeseries.csv} combine these rows as each description says.
 */
public enum RegulatorColumn implements CsvColumn<RegulatorRow> {
    REGULATOR("regulator", "index", "The regulator's position in the scenario's regulators list (0 is the first).",
            r -> Integer.toString(r.regulator())),
    REGULATOR_ID("regulator_id", "id", "The regulator's id.", r -> CsvCells.text(r.regulatorId())),
    POLICY("policy", "policy kind", "Its policy kind.", RegulatorRow::policy),
    MODELS_COVERED("models_covered", "models", "Deployed models it covers this month.",
            r -> Integer.toString(r.modelsCovered())),
    EVALUATIONS_STARTED("evaluations_started", "evaluations",
            "Capability evaluations it started this month; summed over regulators: evaluations_started.",
            r -> Integer.toString(r.evaluationsStarted())),
    EVALUATIONS_RUNNING("evaluations_running", "evaluations", "Its capability evaluations in progress.",
            r -> Integer.toString(r.evaluationsRunning())),
    REGULATOR_CASELOAD("regulator_caseload", "cases",
            "models_covered + evaluations_running; summed over regulators: regulator_caseload.",
            r -> Integer.toString(r.caseload())),
    COVERED_HIGH_CAPABILITY_USAGE_SHARE("covered_high_capability_usage_share", "share of queries",
            "Of all queries served at E >= capability.dangerE (every region), the share its region's users get from "
                    + "labs it covers (NA: no such usage); with at most one regulator per region these sum to the "
                    + "timeseries column.",
            r -> Numbers.format(r.coveredHighCapabilityUsageShare())),
    FALSE_NEGATIVE_USAGE_SHARE("false_negative_usage_share", "share of queries",
            "Of all queries, the share its region's users get at E >= capability.dangerE from labs it does not cover; "
                    + "with exactly one regulator per region these sum to the timeseries column.",
            r -> Numbers.format(r.falseNegativeUsageShare())),
    FALSE_POSITIVE_MODELS("false_positive_models", "models",
            "Models it covers whose top-tier E is below capability.dangerE; the timeseries column (covered by any "
                    + "regulator) lies between the largest of these and their sum.",
            r -> Integer.toString(r.falsePositiveModels())),
    COMPLIANCE_COST_USD("compliance_cost_usd", "USD/month",
            "Compliance costs labs paid it this month; summed over regulators: compliance_cost_usd.",
            r -> Numbers.format(r.complianceCostUsd())),
    COVERAGE_LATENCY_MONTHS("coverage_latency_months", "months",
            "Mean months from release to its first coverage of the released models it first covered this month (NA: "
                    + "none); weighted by latency_models, the mean over regulators is coverage_latency_months.",
            r -> Numbers.format(r.coverageLatencyMonths())),
    LATENCY_MODELS("latency_models", "models", "Released models it first covered this month (the latency's count).",
            r -> Integer.toString(r.latencyCount())),
    VISIBLE_E("visible_E", "E (OOM)", "Best E at k = 1 it sees at its review (NA: none).",
            r -> Numbers.format(r.visibleE())),
    REGULATOR_FRONTIER_GAP_E("regulator_frontier_gap_E", "E (OOM)",
            "The true frontier less visible_E (NA: it sees nothing); the smallest over regulators is the timeseries "
                    + "column.",
            r -> Numbers.format(r.frontierGapE()));

    private final transient ColumnSpec<RegulatorRow> spec;

    RegulatorColumn(String column, String unit, String description, Function<RegulatorRow, String> value) {
        this.spec = new ColumnSpec<>(column, unit, description, value);
    }

    @Override
    public ColumnSpec<RegulatorRow> spec() {
        return spec;
    }
}

package org.inferenceshift.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.inferenceshift.figure.TickLabels;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.RegulatorRow;
import org.inferenceshift.metrics.HumanLevelPeriod;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.metrics.ModelRecord;
import org.inferenceshift.render.FigureRenderer;
import org.inferenceshift.run.RunResult;
import org.inferenceshift.scenario.Scenario;

/**
 * Writes a run's charts ({@code charts/*.png}, one per metric group plus one of the labs) and its report,
 * {@code report.md} (charts linked) and {@code report.html} (charts embedded, self-contained). Both
 * reports come from one {@link ReportDocument}; like every result file they hold no timestamp or path,
 * so the same scenario and seed give the same bytes.
 */
public final class RunReport {
    public static final String CHARTS_FOLDER = "charts";
    /** Models listed in the report; models.csv holds them all. */
    private static final int MODELS_LISTED = 12;

    private final RunResult result;
    private final Scenario scenario;
    private final YearMonth start;
    private final int months;

    private RunReport(RunResult result) {
        this.result = result;
        this.scenario = result.scenario();
        this.start = YearMonth.parse(scenario.start());
        this.months = result.rows().size();
    }

    /** Writes the charts and both reports into {@code dir} (an existing, normally staging, folder). */
    public static void writeInto(RunResult result, Path dir) throws IOException {
        new RunReport(result).write(dir);
    }

    private void write(Path dir) throws IOException {
        Path charts = Files.createDirectories(dir.resolve(CHARTS_FOLDER));
        List<RunFigures.Chart> figures = RunFigures.of(result, subtitle());
        // figures are independent images: drawn in parallel, collected in order, so the bytes do not change
        List<byte[]> drawn;
        try {
            drawn = figures.parallelStream().map(f -> {
                try {
                    return FigureRenderer.png(f.figure());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, byte[]> pngs = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            Files.write(charts.resolve(figures.get(i).fileName()), drawn.get(i));
            pngs.put(figures.get(i).fileName(), drawn.get(i));
        }
        ReportDocument doc = document(pngs);
        Files.writeString(dir.resolve("report.md"), MarkdownRenderer.render(doc), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("report.html"), HtmlRenderer.render(doc), StandardCharsets.UTF_8);
    }

    private String subtitle() {
        return String.format(Locale.ROOT, "Scenario %s, seed %d: %,d simulated users standing for %s people, %s to %s",
                scenario.name(), scenario.seed(), scenario.population().agents(),
                TickLabels.format(scenario.population().represents()), start, end());
    }

    private YearMonth end() {
        return start.plusMonths(Math.max(0, months - 1));
    }

    private ReportDocument document(Map<String, byte[]> pngs) {
        ReportDocument doc = new ReportDocument("InferenceShift run: " + scenario.name());
        doc.add(new ReportDocument.Text(scenario.purpose()));
        doc.add(runTable());
        doc.add(new ReportDocument.Heading(2, "Highlights"));
        doc.add(new ReportDocument.Bullets(highlights()));
        for (MetricGroup group : MetricGroup.values()) {
            String file = RunFigures.fileName(group);
            if (!pngs.containsKey(file)) {
                continue;
            }
            doc.add(new ReportDocument.Heading(2, group.title()));
            doc.add(new ReportDocument.Image(group.title(), CHARTS_FOLDER + "/" + file, pngs.get(file)));
            doc.add(metricTable(group));
        }
        doc.add(new ReportDocument.Heading(2, "Labs"));
        doc.add(new ReportDocument.Image("Labs", CHARTS_FOLDER + "/labs.png", pngs.get("labs.png")));
        doc.add(labTable());
        if (!result.regulatorRows().isEmpty()) {
            doc.add(new ReportDocument.Text("Each regulator in the last month (all months are in `regulators.csv`; "
                    + "the regulation metrics above combine them):"));
            doc.add(regulatorTable());
        }
        doc.add(new ReportDocument.Heading(2, "Models and lifetime compute"));
        List<ModelRecord> models = result.modelRecords();
        doc.add(new ReportDocument.Text(modelsSummary(models)));
        doc.add(lifetimeByLab(models));
        doc.add(new ReportDocument.Text(String.format(Locale.ROOT,
                "The %d most recently trained models (all of them are in `models.csv`):",
                Math.min(MODELS_LISTED, models.size()))));
        doc.add(modelTable(models));
        doc.add(new ReportDocument.Heading(2, "Files of this run"));
        doc.add(new ReportDocument.Bullets(List.of(
                "`timeseries.csv`: one row per month, one column per metric (definitions in `docs/METRICS.md`).",
                "`models.csv`: one row per model ever trained, with its lifetime compute.",
                "`labs.csv`: one row per lab per month.",
                "`regulators.csv`: one row per regulator per month (empty without regulators).",
                "`summary.json`: every metric's value in the last month.",
                "`scenario.json`: the scenario as resolved (every default filled in); rerun it to reproduce this run.",
                "`" + CHARTS_FOLDER + "/`: the charts above as PNG files.")));
        return doc;
    }

    private ReportDocument.Table runTable() {
        List<List<String>> rows = List.of(
                List.of("Scenario", "`" + scenario.name() + "`"),
                List.of("Seed", Long.toString(scenario.seed())),
                List.of("Simulated users", String.format(Locale.ROOT, "%,d", scenario.population().agents())),
                List.of("People represented", TickLabels.format(scenario.population().represents())),
                List.of("Months", months + " (" + start + " to " + end() + ")"),
                List.of("Labs at the start", Integer.toString(scenario.labs().size())),
                List.of("Models trained", Integer.toString(result.models().size())));
        return new ReportDocument.Table(List.of("Run", ""), rows, List.of(false, false));
    }

    private List<String> highlights() {
        List<String> items = new ArrayList<>();
        items.add(String.format(Locale.ROOT,
                "Concentration: `hhi_revenue` %s in %s, %s in %s; %s labs active at the end (%s entries, %s exits over the run).",
                at(0, Metric.HHI_REVENUE), start, last(Metric.HHI_REVENUE), end(), last(Metric.ACTIVE_LABS),
                TickLabels.format(sum(Metric.ENTRIES)), TickLabels.format(sum(Metric.EXITS))));
        items.add(String.format(Locale.ROOT,
                "Access: `gini_access` %s to %s; share of people without paid access %s to %s; richest minus poorest "
                        + "income decile at the end %s OOM of E.",
                at(0, Metric.GINI_ACCESS), last(Metric.GINI_ACCESS), at(0, Metric.NO_PAID_ACCESS_SHARE),
                last(Metric.NO_PAID_ACCESS_SHARE), last(Metric.DECILE_GAP_E)));
        double years = Math.max(1, months - 1) / 12.0;
        double growth = (result.last(Metric.MAX_DEPLOYED_E) - result.first(Metric.MAX_DEPLOYED_E)) / years;
        items.add(String.format(Locale.ROOT,
                "Frontier: `max_deployed_E` %s to %s (%s OOM a year); internal models ahead of the deployed frontier "
                        + "by %s OOM at the end.",
                at(0, Metric.MAX_DEPLOYED_E), last(Metric.MAX_DEPLOYED_E), TickLabels.format(growth),
                TickLabels.format(result.last(Metric.MAX_INTERNAL_E) - result.last(Metric.MAX_DEPLOYED_E))));
        items.add(humanLevelHighlight());
        items.add(String.format(Locale.ROOT,
                "Prices: %s tiers on offer at the end, top/bottom paid price ratio %s, k from %s to %s.",
                last(Metric.TIERS_OFFERED), last(Metric.TIER_PRICE_RATIO), last(Metric.K_MIN), last(Metric.K_MAX)));
        if (scenario.api().enabled()) {
            items.add(String.format(Locale.ROOT,
                    "API market: `api_revenue` %s to %s USD/month (%s to %s of lab revenue); `api_hhi` %s to %s, "
                            + "leader's share of API spend %s at the end; mean price %s to %s USD per million tokens; "
                            + "API queries ask %s of serving compute at the end.",
                    at(0, Metric.API_REVENUE), last(Metric.API_REVENUE), at(0, Metric.API_SHARE_OF_REVENUE),
                    last(Metric.API_SHARE_OF_REVENUE), at(0, Metric.API_HHI), last(Metric.API_HHI),
                    last(Metric.API_LEADER_SHARE), at(0, Metric.API_PRICE_MEAN), last(Metric.API_PRICE_MEAN),
                    last(Metric.API_INFERENCE_SHARE)));
        }
        items.add(String.format(Locale.ROOT,
                "Compute: training takes %s of compute spend at the end, of which a share %s of all compute must sit "
                        + "in one site; the frontier model's training share of its lifetime compute is %s.",
                TickLabels.format(result.last(Metric.SPEND_SHARE_PRETRAINING) + result.last(Metric.SPEND_SHARE_POSTTRAINING)),
                last(Metric.SINGLE_SITE_COMPUTE_SHARE), last(Metric.TRAINING_SHARE_LIFETIME_FRONTIER)));
        return items;
    }

    private String humanLevelHighlight() {
        double[] cost = result.series(Metric.HUMAN_LEVEL_COST_TO_WAGE);
        String target = "humanLevelE = " + TickLabels.format(scenario.capability().humanLevelE());
        HumanLevelPeriod period = HumanLevelPeriod.of(cost);
        if (!period.reached()) {
            return "Human level (" + target + "): no deployed configuration reaches it in this run.";
        }
        int t = period.firstMonth();
        String dearer = period.monthsCostlier() == 0
                ? "it never costs more than a human"
                : String.format(Locale.ROOT, "it costs more than a human in %d months%s", period.monthsCostlier(),
                        period.firstCheaperMonth() < 0 ? " (to the end of the run)"
                                : ", and less from " + start.plusMonths(period.firstCheaperMonth()));
        return String.format(Locale.ROOT,
                "Human level (%s): first reached in %s by a configuration at k = %s costing %s times the "
                        + "human wage per task; %s; %s times the wage at the end.",
                target, start.plusMonths(t), at(t, Metric.HUMAN_LEVEL_K), TickLabels.format(cost[t]), dearer,
                last(Metric.HUMAN_LEVEL_COST_TO_WAGE));
    }

    private ReportDocument.Table metricTable(MetricGroup group) {
        List<List<String>> rows = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            if (metric.group() != group) {
                continue;
            }
            DescriptiveStatistics stats = finiteStatistics(result.series(metric));
            boolean any = stats.getN() > 0;
            rows.add(List.of("`" + metric.column() + "`", metric.title(), metric.unit(), at(0, metric), last(metric),
                    any ? TickLabels.format(stats.getMin()) : "NA",
                    any ? TickLabels.format(stats.getMean()) : "NA",
                    any ? TickLabels.format(stats.getMax()) : "NA",
                    metric.description()));
        }
        return new ReportDocument.Table(
                List.of("metric", "in the chart", "unit", start.toString(), end().toString(), "min", "mean", "max",
                        "definition"), rows, List.of(false, false, false, true, true, true, true, true, false));
    }

    /** Statistics of the months where the metric is defined (NA months left out). */
    static DescriptiveStatistics finiteStatistics(double[] series) {
        DescriptiveStatistics stats = new DescriptiveStatistics();
        for (double v : series) {
            if (Double.isFinite(v)) {
                stats.addValue(v);
            }
        }
        return stats;
    }

    private ReportDocument.Table labTable() {
        int lastMonth = months - 1;
        List<List<String>> rows = new ArrayList<>();
        for (LabMonth lab : result.labMonths()) {
            if (lab.month() != lastMonth) {
                continue;
            }
            rows.add(List.of("`" + lab.labId() + "`", lab.active() ? "yes" : "exited", lab.openWeights() ? "yes" : "no",
                    TickLabels.format(lab.userShare()), TickLabels.format(lab.revenueUsd()),
                    TickLabels.format(lab.deployedTopE()), Integer.toString(lab.tiers()),
                    TickLabels.format(lab.maxMultiplier()), TickLabels.format(lab.cashUsd())));
        }
        return new ReportDocument.Table(
                List.of("lab (" + end() + ")", "active", "open weights", "user share", "revenue (USD/month)",
                        "deployed top E", "tiers", "top k", "cash (USD)"),
                rows, List.of(false, false, false, true, true, true, true, true, true));
    }

    private ReportDocument.Table regulatorTable() {
        int lastMonth = months - 1;
        List<List<String>> rows = new ArrayList<>();
        for (RegulatorRow r : result.regulatorRows()) {
            if (r.month() != lastMonth) {
                continue;
            }
            rows.add(List.of("`" + r.regulatorId() + "`", r.policy(), Integer.toString(r.modelsCovered()),
                    Integer.toString(r.evaluationsRunning()), TickLabels.format(r.coveredHighCapabilityUsageShare()),
                    TickLabels.format(r.falseNegativeUsageShare()), Integer.toString(r.falsePositiveModels()),
                    TickLabels.format(r.complianceCostUsd()), TickLabels.format(r.visibleE()),
                    TickLabels.format(r.frontierGapE())));
        }
        return new ReportDocument.Table(
                List.of("regulator (" + end() + ")", "policy", "models covered", "evaluations running",
                        "covered high-E usage", "false-negative usage", "false positives", "compliance (USD/month)",
                        "visible E", "frontier gap (E)"),
                rows, List.of(false, false, true, true, true, true, true, true, true, true));
    }

    private String modelsSummary(List<ModelRecord> models) {
        long released = models.stream().filter(ModelRecord::released).count();
        long crossed = models.stream().filter(m -> m.released() && m.deploymentExceedsPretraining()).count();
        return String.format(Locale.ROOT,
                "%d models were trained and %d deployed. For %d of the deployed models, serving compute overtook "
                        + "pre-training compute by the end of the run (the appendix cross-over, d I > 3 D with "
                        + "C_pre = 6 N D and C_deploy = 2 N d I). A retired model is one its lab has replaced, so "
                        + "its lifetime compute is complete; medians are over the retired models of each lab.",
                models.size(), released, crossed);
    }

    private ReportDocument.Table lifetimeByLab(List<ModelRecord> models) {
        Map<String, List<ModelRecord>> deployedByLab = new LinkedHashMap<>();
        for (ModelRecord m : models) {
            if (m.released()) {
                deployedByLab.computeIfAbsent(m.labId(), id -> new ArrayList<>()).add(m);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, List<ModelRecord>> lab : deployedByLab.entrySet()) {
            List<ModelRecord> deployed = lab.getValue();
            // deployed in release order; every one but the last has been replaced
            List<ModelRecord> retired = deployed.subList(0, deployed.size() - 1);
            DescriptiveStatistics ratio = new DescriptiveStatistics();
            DescriptiveStatistics trainingShare = new DescriptiveStatistics();
            long crossed = 0;
            for (ModelRecord m : retired) {
                ratio.addValue(m.deploymentToPretraining());
                trainingShare.addValue(m.trainingShareOfLifetime());
                crossed += m.deploymentExceedsPretraining() ? 1 : 0;
            }
            boolean any = !retired.isEmpty();
            rows.add(List.of("`" + lab.getKey() + "`", Integer.toString(deployed.size()), Integer.toString(retired.size()),
                    any ? crossed + " of " + retired.size() : "NA",
                    any ? TickLabels.format(ratio.getPercentile(50)) : "NA",
                    any ? TickLabels.format(trainingShare.getPercentile(50)) : "NA"));
        }
        return new ReportDocument.Table(
                List.of("lab", "models deployed", "retired", "retired past the cross-over",
                        "median deployment / pre-training", "median training share of lifetime"),
                rows, List.of(false, true, true, true, true, true));
    }

    private ReportDocument.Table modelTable(List<ModelRecord> models) {
        List<List<String>> rows = new ArrayList<>();
        for (ModelRecord m : models.subList(Math.max(0, models.size() - MODELS_LISTED), models.size())) {
            rows.add(List.of(Integer.toString(m.modelId()), "`" + m.labId() + "`",
                    m.released() ? start.plusMonths(m.releaseMonth()).toString() : "shelved",
                    TickLabels.format(m.parameters()), TickLabels.format(m.trainingTokens()),
                    TickLabels.format(m.pretrainingFlop()), TickLabels.format(m.deploymentFlop()),
                    TickLabels.format(m.deploymentTokens()), TickLabels.format(m.deploymentToPretraining()),
                    TickLabels.format(m.trainingShareOfLifetime()), TickLabels.format(m.copiesAtRelease())));
        }
        return new ReportDocument.Table(
                List.of("model", "lab", "released", "N", "D", "pre-training FLOP", "deployment FLOP", "d I (tokens)",
                        "deployment / pre-training", "training share of lifetime", "copies at release"),
                rows, List.of(true, false, false, true, true, true, true, true, true, true, true));
    }

    private String at(int month, Metric metric) {
        return TickLabels.format(result.at(month, metric));
    }

    private String last(Metric metric) {
        return TickLabels.format(result.last(metric));
    }

    private double sum(Metric metric) {
        double s = 0;
        for (double v : result.series(metric)) {
            if (Double.isFinite(v)) {
                s += v;
            }
        }
        return s;
    }
}

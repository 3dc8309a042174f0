package org.inferenceshift.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.output.CsvColumn;
import org.inferenceshift.output.ModelColumn;
import org.inferenceshift.output.RegulatorColumn;
import org.inferenceshift.scenario.MetricsParams;
import org.inferenceshift.scenario.Param;
import org.inferenceshift.scenario.ParamValidator;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * {@code docs/METRICS.md}, generated from the registries ({@link Metric}, {@link ModelColumn}) so the
 * documentation cannot drift from the code: a test compares the file with {@link #markdown()}.
 */
public final class MetricsDoc {
    public static final String REGENERATE = "./inferenceshift metrics --markdown > docs/METRICS.md";
    /** The scenario section holding the numbers of the definitions. */
    private static final String SECTION = "metrics";

    private MetricsDoc() {
    }

    public static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Metrics\n\n")
                .append("<!-- Generated from the registries by `").append(REGENERATE)
                .append("`; edit the registries, not this file. A test fails when the two differ. -->\n\n")
                .append("Every metric below is computed every month, after the month has settled (DESIGN §9). It is one ")
                .append("column of `timeseries.csv` (one row per month, with `month` and `date`), its last value is ")
                .append("the key of the same name in `summary.json`, and each metric group is one chart, ")
                .append("`charts/<group>.png`, of a run's results folder. `NA` in a CSV (`null` in JSON) marks a ")
                .append("month where the metric is undefined, e.g. a price ratio when nothing is on sale.\n\n")
                .append("Metrics that count people count every simulated user as `represents / agents` people, so ")
                .append("shares and inequality indices carry that weight without needing it explicitly. The names ")
                .append("are defined once, in `org.inferenceshift.metrics.Metric` (name, group, unit, definition and ")
                .append("formula); the CSV header, the charts, the reports, the GUI and this page read them from ")
                .append("there. Adding a metric is adding one constant there.\n\n");
        for (MetricGroup group : MetricGroup.values()) {
            List<Metric> metrics = Arrays.stream(Metric.values()).filter(m -> m.group() == group).toList();
            md.append("## ").append(group.title()).append("\n\n");
            if (metrics.isEmpty()) {
                md.append("No metric in this group yet.\n\n");
                continue;
            }
            md.append("Chart: `charts/").append(RunFigures.fileName(group)).append("`.\n\n");
            md.append("| column | unit | definition |\n| --- | --- | --- |\n");
            for (Metric m : metrics) {
                md.append("| `").append(m.column()).append("` | ").append(m.unit()).append(" | ")
                        .append(m.description()).append(" |\n");
            }
            md.append('\n');
        }
        definitionParameters(md);
        md.append("## models.csv\n\n")
                .append("One row per model ever trained (DESIGN §5 lifetime compute), in training order, as it ")
                .append("stands at the end of the run. The source texts' appendix writes lifetime compute as ")
                .append("C ~ N D + C_post + d N I and puts the cross-over of deployment over pre-training at ")
                .append("d I > D; with the model's constant factors (6 N D to train, 2 N per generated token) it is ")
                .append("d I > 3 D. `deployment_tokens` (d I) and `training_tokens` (D) are both columns, so either ")
                .append("reading can be checked.\n\n")
                .append("| column | unit | definition |\n| --- | --- | --- |\n");
        columnRows(md, ModelColumn.values());
        md.append("\n## regulators.csv\n\n")
                .append("One row per regulator per month (empty without regulators), after `month` and `date`: the ")
                .append("regulation metrics of one regulator. The summed columns of `timeseries.csv` above combine ")
                .append("them as each definition says (sums, a count-weighted mean, the smallest gap).\n\n")
                .append("| column | unit | definition |\n| --- | --- | --- |\n");
        columnRows(md, RegulatorColumn.values());
        md.append("\n## Charts and reports\n\n")
                .append("`./inferenceshift run` also writes, beside the CSV files:\n\n")
                .append("- `charts/<group>.png`: one figure per metric group above, one panel per unit, dates on the ")
                .append("time axis; a panel whose values span more than two orders of magnitude uses a log axis. ")
                .append("Panels and legends name metrics in words (each metric's title in the registry, e.g. ")
                .append("\"").append(Metric.HHI_REVENUE.title()).append("\" for `").append(Metric.HHI_REVENUE.column())
                .append("`), with the unit above in brackets; the table under each chart in `report.html` pairs ")
                .append("them with the columns.\n")
                .append("- `charts/labs.png`: user share, revenue, deployed capability and cash of each lab (the ")
                .append(RunFigures.MAX_LABS_DRAWN).append(" largest by revenue when there are more).\n")
                .append("- `report.md` (charts linked) and `report.html` (self-contained, charts embedded): highlights, ")
                .append("each group's chart with a table of its metrics (first and last month, min, mean, max), the ")
                .append("labs and the regulators at the end, and the most recent models with their lifetime compute.\n");
        return md.toString();
    }

    /** The numbers in the definitions above, which are scenario data: {@link MetricsParams}. */
    private static void definitionParameters(StringBuilder md) {
        JsonNode defaults = ScenarioLoader.defaults().path(SECTION);
        md.append("## Numbers in the definitions\n\n")
                .append("The lines, bands and windows the definitions above use are the `").append(SECTION)
                .append("` section of the scenario; the definitions state their defaults. They change what a metric ")
                .append("measures, never the run (sources in MODEL.md).\n\n")
                .append("| parameter | default | unit | range | meaning |\n| --- | --- | --- | --- | --- |\n");
        for (RecordComponent component : MetricsParams.class.getRecordComponents()) {
            Param param = component.getAnnotation(Param.class);
            md.append("| `").append(SECTION).append('.').append(component.getName()).append("` | ")
                    .append(ParamValidator.format(defaults.path(component.getName()).asDouble())).append(" | ")
                    .append(param.unit()).append(" | ").append(ParamValidator.range(param)).append(" | ")
                    .append(param.doc()).append(" |\n");
        }
        md.append('\n');
    }

    private static void columnRows(StringBuilder md, CsvColumn<?>[] columns) {
        for (CsvColumn<?> c : columns) {
            md.append("| `").append(c.column()).append("` | ").append(c.unit()).append(" | ")
                    .append(c.description()).append(" |\n");
        }
    }
}

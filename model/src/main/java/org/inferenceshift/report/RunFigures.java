package org.inferenceshift.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import java.time.YearMonth;
import org.inferenceshift.figure.DecimalYear;
import org.inferenceshift.figure.Figure;
import org.inferenceshift.figure.Heading;
import org.inferenceshift.figure.Panel;
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.run.RunResult;

/**
 * The figures of a run: one per {@link MetricGroup} that has metrics, its metrics gathered into one panel
 * per unit (so every panel has one meaningful y-axis), plus one of the labs side by side; each panel
 * two to a row under a heading naming the run.
 */
public final class RunFigures {
    /** A figure and the name of its PNG in the run's {@code charts/} folder. */
    public record Chart(String fileName, Figure figure) {
    }

    private static final int COLUMNS = 2;
    /** Labs drawn in the labs figure, the largest by revenue over the run; more would be unreadable. */
    static final int MAX_LABS_DRAWN = 8;
    private static final int MAX_TITLE_LENGTH = 60;
    private static final int MIN_PREFIX = 4;

    private RunFigures() {
    }

    /** @param subtitle the line under every figure's title (scenario and seed) */
    public static List<Chart> of(RunResult result, String subtitle) {
        double[] years = DecimalYear.months(YearMonth.parse(result.scenario().start()), result.rows().size());
        List<Chart> figures = new ArrayList<>();
        for (MetricGroup group : MetricGroup.values()) {
            List<Metric> metrics = Arrays.stream(Metric.values()).filter(m -> m.group() == group).toList();
            if (!metrics.isEmpty()) {
                figures.add(groupFigure(result, group, metrics, years, subtitle));
            }
        }
        figures.add(labsFigure(result, years, subtitle));
        return figures;
    }

    private static Figure figure(String title, String subtitle, List<TimePanel> panels) {
        List<Panel> drawn = panels.stream().map(TimePanel::panel).toList();
        return Figure.headed(new Heading(title, subtitle), Math.min(COLUMNS, drawn.size()), drawn);
    }

    public static String fileName(MetricGroup group) {
        return group.name().toLowerCase(Locale.ROOT) + ".png";
    }

    private static Chart groupFigure(RunResult result, MetricGroup group, List<Metric> metrics, double[] years,
                                     String subtitle) {
        Map<String, List<Metric>> byUnit = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            byUnit.computeIfAbsent(metric.unit(), u -> new ArrayList<>()).add(metric);
        }
        List<TimePanel> panels = new ArrayList<>();
        for (Map.Entry<String, List<Metric>> unit : byUnit.entrySet()) {
            List<TimePanel.Series> series = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Metric metric : unit.getValue()) {
                series.add(new TimePanel.Series(metric.column(), result.series(metric)));
                names.add(metric.column());
            }
            for (Metric metric : unit.getValue()) {
                reference(metric, result).ifPresent(series::add);
            }
            panels.add(new TimePanel(panelTitle(names), unit.getKey(), years, series));
        }
        return new Chart(fileName(group), figure(group.title(), subtitle, panels));
    }

    /** A constant line that gives a metric its meaning: the human wage the cost of human-level AI is set against. */
    private static Optional<TimePanel.Series> reference(Metric metric, RunResult result) {
        double wage = result.scenario().serving().humanWageUsdPerTask();
        return switch (metric) {
            case HUMAN_LEVEL_COST_PER_TASK -> Optional.of(constant("human wage (humanWageUsdPerTask)", wage, result));
            case HUMAN_LEVEL_COST_TO_WAGE -> Optional.of(constant("parity with the human wage", 1, result));
            default -> Optional.empty();
        };
    }

    private static TimePanel.Series constant(String name, double value, RunResult result) {
        double[] values = new double[result.rows().size()];
        Arrays.fill(values, value);
        return new TimePanel.Series(name, values);
    }

    /**
     * The column names; for a long list sharing a prefix of a few characters, that prefix with a star
     * ({@code spend_share_*}), the legend naming each line.
     */
    static String panelTitle(List<String> names) {
        String joined = String.join(", ", names);
        if (joined.length() <= MAX_TITLE_LENGTH || names.size() < 2) {
            return joined;
        }
        String prefix = names.get(0);
        for (String name : names) {
            while (!name.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        return prefix.length() >= MIN_PREFIX ? prefix + "*" : joined;
    }

    private static Chart labsFigure(RunResult result, double[] years, String subtitle) {
        Map<String, List<LabMonth>> byLab = new LinkedHashMap<>();
        for (LabMonth row : result.labMonths()) {
            byLab.computeIfAbsent(row.labId(), id -> new ArrayList<>()).add(row);
        }
        List<String> drawn = new ArrayList<>(byLab.keySet());
        drawn.sort(Comparator.comparingDouble((String id) -> -totalRevenue(byLab.get(id))));
        String title = "Labs";
        if (drawn.size() > MAX_LABS_DRAWN) {
            title = "Labs (the " + MAX_LABS_DRAWN + " largest by revenue of " + drawn.size() + ")";
            drawn = drawn.subList(0, MAX_LABS_DRAWN);
        }
        drawn.sort(Comparator.comparingInt(id -> List.copyOf(byLab.keySet()).indexOf(id)));
        List<TimePanel> panels = List.of(
                labPanel("user_share by lab", "share of people", drawn, byLab, years, LabMonth::userShare),
                labPanel("revenue_usd by lab", "USD/month", drawn, byLab, years, LabMonth::revenueUsd),
                labPanel("deployed_top_E by lab", "E (OOM)", drawn, byLab, years,
                        r -> r.active() ? r.deployedTopE() : Double.NaN),
                labPanel("cash_usd by lab", "USD", drawn, byLab, years, LabMonth::cashUsd));
        return new Chart("labs.png", figure(title, subtitle, panels));
    }

    private static TimePanel labPanel(String title, String unit, List<String> labs, Map<String, List<LabMonth>> byLab,
                                      double[] years, ToDoubleFunction<LabMonth> value) {
        int months = years.length;
        List<TimePanel.Series> series = new ArrayList<>();
        for (String lab : labs) {
            double[] values = new double[months];
            Arrays.fill(values, Double.NaN);
            for (LabMonth row : byLab.get(lab)) {
                if (row.month() < months) {
                    values[row.month()] = value.applyAsDouble(row);
                }
            }
            series.add(new TimePanel.Series(lab, values));
        }
        return new TimePanel(title, unit, years, series);
    }

    private static double totalRevenue(List<LabMonth> rows) {
        double sum = 0;
        for (LabMonth row : rows) {
            sum += row.revenueUsd();
        }
        return sum;
    }
}

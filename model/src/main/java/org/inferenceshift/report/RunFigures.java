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
import org.inferenceshift.metrics.LabMonth;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;
import org.inferenceshift.run.RunResult;

/**
 * The figures of a run: one per {@link MetricGroup} that has metrics, its metrics gathered into one panel
 * per unit (so every panel has one meaningful y-axis), plus one of the labs side by side.
 */
public final class RunFigures {
    /** Labs drawn in the labs figure, the largest by revenue over the run; more would be unreadable. */
    static final int MAX_LABS_DRAWN = 8;
    private static final int MAX_TITLE_LENGTH = 60;
    private static final int MIN_PREFIX = 4;

    private RunFigures() {
    }

    public static List<Figure> of(RunResult result) {
        List<Figure> figures = new ArrayList<>();
        for (MetricGroup group : MetricGroup.values()) {
            List<Metric> metrics = Arrays.stream(Metric.values()).filter(m -> m.group() == group).toList();
            if (!metrics.isEmpty()) {
                figures.add(groupFigure(result, group, metrics));
            }
        }
        figures.add(labsFigure(result));
        return figures;
    }

    public static String fileName(MetricGroup group) {
        return group.name().toLowerCase(Locale.ROOT) + ".png";
    }

    private static Figure groupFigure(RunResult result, MetricGroup group, List<Metric> metrics) {
        Map<String, List<Metric>> byUnit = new LinkedHashMap<>();
        for (Metric metric : metrics) {
            byUnit.computeIfAbsent(metric.unit(), u -> new ArrayList<>()).add(metric);
        }
        List<Panel> panels = new ArrayList<>();
        for (Map.Entry<String, List<Metric>> unit : byUnit.entrySet()) {
            List<Series> series = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Metric metric : unit.getValue()) {
                series.add(new Series(metric.column(), result.series(metric)));
                names.add(metric.column());
            }
            for (Metric metric : unit.getValue()) {
                reference(metric, result).ifPresent(series::add);
            }
            panels.add(new Panel(panelTitle(names), unit.getKey(), series));
        }
        return new Figure(fileName(group), group.title(), panels);
    }

    /** A constant line that gives a metric its meaning: the human wage the cost of human-level AI is set against. */
    private static Optional<Series> reference(Metric metric, RunResult result) {
        double wage = result.scenario().serving().humanWageUsdPerTask();
        return switch (metric) {
            case HUMAN_LEVEL_COST_PER_TASK -> Optional.of(constant("human wage (humanWageUsdPerTask)", wage, result));
            case HUMAN_LEVEL_COST_TO_WAGE -> Optional.of(constant("parity with the human wage", 1, result));
            default -> Optional.empty();
        };
    }

    private static Series constant(String name, double value, RunResult result) {
        double[] values = new double[result.rows().size()];
        Arrays.fill(values, value);
        return new Series(name, values);
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

    private static Figure labsFigure(RunResult result) {
        int months = result.rows().size();
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
        List<Panel> panels = List.of(
                labPanel("user_share by lab", "share of people", drawn, byLab, months, LabMonth::userShare),
                labPanel("revenue_usd by lab", "USD/month", drawn, byLab, months, LabMonth::revenueUsd),
                labPanel("deployed_top_E by lab", "E (OOM)", drawn, byLab, months,
                        r -> r.active() ? r.deployedTopE() : Double.NaN),
                labPanel("cash_usd by lab", "USD", drawn, byLab, months, LabMonth::cashUsd));
        return new Figure("labs.png", title, panels);
    }

    private static Panel labPanel(String title, String unit, List<String> labs, Map<String, List<LabMonth>> byLab,
                                  int months, ToDoubleFunction<LabMonth> value) {
        List<Series> series = new ArrayList<>();
        for (String lab : labs) {
            double[] values = new double[months];
            Arrays.fill(values, Double.NaN);
            for (LabMonth row : byLab.get(lab)) {
                if (row.month() < months) {
                    values[row.month()] = value.applyAsDouble(row);
                }
            }
            series.add(new Series(lab, values));
        }
        return new Panel(title, unit, series);
    }

    private static double totalRevenue(List<LabMonth> rows) {
        double sum = 0;
        for (LabMonth row : rows) {
            sum += row.revenueUsd();
        }
        return sum;
    }
}

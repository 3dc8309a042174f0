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
    /** Words two or more titles must share to name a panel by them. */
    private static final int MIN_SHARED_WORDS = 2;

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
            for (Metric metric : unit.getValue()) {
                series.add(new TimePanel.Series(metric.title(), result.series(metric)));
            }
            for (Metric metric : unit.getValue()) {
                reference(metric, result).ifPresent(series::add);
            }
            panels.add(new TimePanel(panelTitle(unit.getValue()), unit.getKey(), years, series));
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
     * A panel's title in words, from the metrics' own titles and unit ({@link Metric#title()}, {@link Metric#unit()},
     * the registry's single table, as in docs/METRICS.md): one metric's title, or two or more joined when they
     * fit ("Lab entries and lab exits"), else the words their titles share ("Concentration (HHI)", "Spend on
     * ..."), else the first title and how many more; then the unit in brackets ("Industry revenue [USD/month]"),
     * left out when the title already says it ("Active labs", not "Active labs [labs]").
     */
    static String panelTitle(List<Metric> metrics) {
        List<String> titles = metrics.stream().map(Metric::title).toList();
        String title = titles.size() == 1 ? titles.get(0) : joinedTitles(titles);
        String unit = metrics.get(0).unit();
        return saysUnit(title, unit) ? title : title + " [" + unit + "]";
    }

    private static String joinedTitles(List<String> titles) {
        List<String> parts = new ArrayList<>(List.of(titles.get(0)));
        titles.subList(1, titles.size()).forEach(t -> parts.add(lowerFirst(t)));
        String joined = String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
        if (joined.length() <= MAX_TITLE_LENGTH) {
            return joined;
        }
        List<List<String>> words = titles.stream().map(t -> List.of(t.split(" "))).toList();
        int lead = shared(words, false);
        if (lead >= MIN_SHARED_WORDS) {
            return String.join(" ", words.get(0).subList(0, lead)).replaceAll("[:,]$", "") + " ...";
        }
        int tail = shared(words, true);
        if (tail >= MIN_SHARED_WORDS) {
            List<String> first = words.get(0);
            return upperFirst(String.join(" ", first.subList(first.size() - tail, first.size())));
        }
        return titles.get(0) + " and " + (titles.size() - 1) + " more";
    }

    /** How many leading (or trailing) words all the titles share, short of the whole of any title. */
    private static int shared(List<List<String>> words, boolean fromEnd) {
        List<String> first = words.get(0);
        for (int n = 0; ; n++) {
            for (List<String> w : words) {
                if (w.size() <= n + 1) {
                    return n;
                }
                String mine = fromEnd ? w.get(w.size() - 1 - n) : w.get(n);
                String theirs = fromEnd ? first.get(first.size() - 1 - n) : first.get(n);
                if (!mine.equals(theirs)) {
                    return n;
                }
            }
        }
    }

    /** Words of a unit that say nothing of it ("share of revenue" is said by "revenue share"). */
    private static final java.util.Set<String> UNIT_FILLERS = java.util.Set.of("of", "per", "and");

    /** Whether every word of the unit (letters, two or more, fillers aside) is already in the title. */
    static boolean saysUnit(String title, String unit) {
        String lower = title.toLowerCase(Locale.ROOT);
        List<String> words = Arrays.stream(unit.toLowerCase(Locale.ROOT).split("[^a-z]+"))
                .filter(w -> w.length() >= 2 && !UNIT_FILLERS.contains(w)).toList();
        return !words.isEmpty() && words.stream().allMatch(w -> lower.matches(".*\\b" + w + "s?\\b.*"));
    }

    private static String lowerFirst(String s) {
        // "Lab exits" -> "lab exits", but an acronym ("HHI ...") keeps its case
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && Character.isLowerCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    private static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
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
        List<TimePanel> panels = new ArrayList<>();
        for (LabQuantity q : LAB_QUANTITIES) {
            panels.add(labPanel(q, drawn, byLab, years));
        }
        return new Chart("labs.png", figure(title, subtitle, panels));
    }

    /** A column of labs.csv drawn per lab: its title in words and unit, as panelTitle writes a metric's. */
    record LabQuantity(String column, String title, String unit, ToDoubleFunction<LabMonth> value) {
        String panelTitle() {
            return saysUnit(title, unit) ? title : title + " [" + unit + "]";
        }
    }

    /** The labs figure's panels, in order. */
    static final List<LabQuantity> LAB_QUANTITIES = List.of(
            new LabQuantity("user_share", "Share of people each lab serves", "share of people", LabMonth::userShare),
            new LabQuantity("revenue_usd", "Revenue by lab", "USD/month", LabMonth::revenueUsd),
            new LabQuantity("deployed_top_E", "Best deployed model by lab, top tier", "E (OOM)",
                    r -> r.active() ? r.deployedTopE() : Double.NaN),
            new LabQuantity("cash_usd", "Cash by lab", "USD", LabMonth::cashUsd));

    private static TimePanel labPanel(LabQuantity quantity, List<String> labs, Map<String, List<LabMonth>> byLab,
                                      double[] years) {
        String title = quantity.panelTitle();
        String unit = quantity.unit();
        ToDoubleFunction<LabMonth> value = quantity.value();
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

package org.inferenceshift.viz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.metrics.MetricGroup;

/**
 * The metrics one live chart shows: a single metric, or a few of its group that share a unit and a meaning
 * (the two HHIs, the four spend shares, the frontier's capability levels). Built from the {@link Metric}
 * registry, so a new metric gets a chart of its own (or joins its unit's) without a change here.
 */
record ChartSet(String title, MetricGroup group, List<Metric> metrics) {
    /** Titles of the sets of several metrics; a set of one takes its metric's title. */
    private static final Map<Metric, String> SET_TITLES = Map.of(
            Metric.HHI_REVENUE, "Concentration (HHI) of revenue and of users",
            Metric.CR1, "Revenue share of the largest labs",
            Metric.ENTRIES, "Lab entries and exits",
            Metric.NO_PAID_ACCESS_SHARE, "People without paid access, and on open weights",
            Metric.K_MIN, "Inference multipliers on offer",
            Metric.K_QUERY_MEAN, "Inference multiplier per query",
            Metric.SPEND_SHARE_PRETRAINING, "Compute spend on training and serving",
            Metric.SPEND_SHARE_IDA, "Compute spend on inference during training",
            Metric.MAX_DEPLOYED_E, "Frontier capability",
            Metric.OPEN_WEIGHT_GAP_E, "Capability gaps");

    ChartSet {
        metrics = List.copyOf(metrics);
    }

    /** Every metric in exactly one set, sets in registry order. */
    static List<ChartSet> all() {
        Map<String, List<Metric>> byKey = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            byKey.computeIfAbsent(key(metric), k -> new ArrayList<>()).add(metric);
        }
        List<ChartSet> sets = new ArrayList<>();
        for (List<Metric> metrics : byKey.values()) {
            Metric first = metrics.get(0);
            String title = metrics.size() == 1 ? first.title()
                    : SET_TITLES.getOrDefault(first, String.join(", ", metrics.stream().map(Metric::title).toList()));
            sets.add(new ChartSet(title, first.group(), metrics));
        }
        return sets;
    }

    /**
     * Metrics of a group share a chart when they share a unit, except money (a $20 price and $1B of revenue
     * are both USD/month, six orders of magnitude apart) and gaps (a gap of 0.5 E drawn beside levels of 27 E
     * would be a flat line at the bottom).
     */
    private static String key(Metric metric) {
        String key = metric.group() + " " + metric.unit();
        if (metric.unit().startsWith("USD")) {
            key += " " + metric.column();
        }
        if (metric.column().contains("gap")) {
            key += " gap";
        }
        if (metric == Metric.SPEND_SHARE_IDA || metric == Metric.SPEND_SHARE_SYNTHETIC) {
            // the two routes of inference during training, apart from the three uses every lab has
            key += " during training";
        }
        if (metric.column().startsWith("k_query")) {
            // what queries use, apart from what the menus offer (k_min, k_max): five lines would not read
            key += " per query";
        }
        return key;
    }

    String unit() {
        return metrics.get(0).unit();
    }
}

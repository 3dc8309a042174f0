package org.inferenceshift.claims;

import java.util.List;
import org.inferenceshift.experiment.Statistic;

/**
 * One testable claim of the source texts: a metric of the model, reduced per run to one number by
 * {@code statistic}, compared between the arms of {@code comparison} by {@code effect}, with the direction
 * the texts expect. A claim of DESIGN §10 with several parts (claim 5: capability gap, Gini, price ratio)
 * is several entries sharing a {@code number}, told apart by their {@code id} ("5a", "5b", ...).
 *
 * @param id             "1", "5b", ...: the row of claims.csv
 * @param number         the claim's number in DESIGN §10
 * @param title          the claim, paraphrased (the texts are cited, not copied)
 * @param essaySection   heading of the section of [E] (the Feb 2025 essay) that makes the claim
 * @param reportSection  heading of the section of [R] (the Oct 2025 report) that makes it
 * @param metric         column name of the metric in the registry ({@code org.inferenceshift.metrics.Metric})
 * @param rationale      why this metric and statistic measure the claim
 * @param context        metrics shown beside the result to help read the mechanism (column names)
 */
public record Claim(String id, int number, String title, String essaySection, String reportSection, String metric,
                    Statistic statistic, EffectMeasure effect, Direction expected, Comparison comparison,
                    String rationale, List<String> context) {
    public Claim {
        context = List.copyOf(context);
    }
}

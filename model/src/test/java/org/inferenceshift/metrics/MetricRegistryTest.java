package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.inferenceshift.output.ModelColumn;
import org.inferenceshift.output.ResultsWriter;
import org.junit.jupiter.api.Test;

class MetricRegistryTest {
    /** snake_case; a capital E is kept where it names the capability variable E of the design. */
    private static final Pattern SNAKE_CASE = Pattern.compile("[a-z][a-z0-9]*(_([a-z0-9]+|E))*");

    @Test
    void namesTheIssueAndDesignRelyOnExist() {
        Set<String> columns = columns();
        for (String required : List.of("hhi_revenue", "hhi_users", "cr1", "cr4", "active_labs", "entries", "exits",
                "gini_access", "decile_gap_E", "no_paid_access_share", "subscriber_E_sd", "tiers_offered",
                "tier_price_ratio", "k_min", "k_max", "mean_price_paid", "spend_share_pretraining",
                "spend_share_posttraining", "spend_share_inference", "spend_share_ida", "single_site_compute_share",
                "training_share_lifetime_frontier", "max_deployed_E", "max_internal_E", "frontier_copies_at_release",
                "human_level_cost_per_task", "human_level_cost_to_wage")) {
            assertTrue(columns.contains(required), required + " is missing from the registry");
        }
    }

    @Test
    void namesAreUniqueSnakeCaseAndDocumented() {
        assertEquals(Metric.values().length, columns().size(), "duplicate metric column");
        for (Metric m : Metric.values()) {
            assertTrue(SNAKE_CASE.matcher(m.column()).matches(), m.column() + " is not snake_case");
            assertFalse(m.unit().isBlank(), m.column() + " has no unit");
            assertTrue(m.description().endsWith("."), m.column() + " needs a one-sentence definition");
        }
        Set<String> modelColumns = new HashSet<>();
        for (ModelColumn c : ModelColumn.values()) {
            assertTrue(SNAKE_CASE.matcher(c.column()).matches(), c.column() + " is not snake_case");
            assertTrue(modelColumns.add(c.column()), "duplicate models.csv column " + c.column());
        }
    }

    @Test
    void timeSeriesHeaderIsMonthDateThenTheRegistryInOrder() {
        List<String> header = ResultsWriter.timeSeriesHeader();
        assertEquals(List.of("month", "date"), header.subList(0, 2));
        assertEquals(Arrays.stream(Metric.values()).map(Metric::column).toList(), header.subList(2, header.size()));
    }

    private static Set<String> columns() {
        Set<String> names = new HashSet<>();
        for (Metric m : Metric.values()) {
            names.add(m.column());
        }
        return names;
    }
}

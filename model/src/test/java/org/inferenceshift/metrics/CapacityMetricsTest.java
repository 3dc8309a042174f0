package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The capacity metrics equal the sums over the labs' rows of labs.csv, computed here by hand: utilisation
 * is sum of min(demand, capacity) over sum of capacity; capacity spend over revenue counts the idle part.
 */
class CapacityMetricsTest {

    @Test
    void capacityMetricsAreTheSumsOverLabs() {
        RunResult run = HeadlessRun.run(TestScenarios.small(3_000, 24, "\"entry\": { \"entrantsPerYear\": 6 }"), 1);
        boolean idleSeen = false;
        for (MetricRow row : run.rows()) {
            List<LabMonth> labs = run.labMonths().stream().filter(l -> l.month() == row.month()).toList();
            double capacity = 0;
            double served = 0;
            double servedUsd = 0;
            double idleUsd = 0;
            double revenue = 0;
            for (LabMonth l : labs) {
                capacity += l.capacityFlop();
                served += Math.min(l.demandFlop(), l.capacityFlop());
                servedUsd += l.servedSpendUsd();
                idleUsd += l.idleSpendUsd();
                revenue += l.revenueUsd();
                if (l.capacityFlop() > 0) {
                    // served spend is the capacity spend times served / capacity; idle is the rest
                    double spend = l.servedSpendUsd() + l.idleSpendUsd();
                    assertEquals(spend * Math.min(l.demandFlop(), l.capacityFlop()) / l.capacityFlop(), l.servedSpendUsd(),
                            1e-9 * Math.max(1, spend));
                }
            }
            idleSeen |= idleUsd > 0;
            String at = "month " + row.month();
            assertEquals(served / capacity, row.value(Metric.CAPACITY_UTILISATION), 1e-12, at);
            assertEquals(servedUsd, row.value(Metric.SERVED_COMPUTE_SPEND), 1e-6 * Math.max(1, servedUsd), at);
            assertEquals(idleUsd, row.value(Metric.IDLE_COMPUTE_SPEND), 1e-6 * Math.max(1, idleUsd), at);
            assertEquals((servedUsd + idleUsd) / revenue, row.value(Metric.SERVING_COST_SHARE_OF_REVENUE), 1e-9, at);
            assertTrue(row.value(Metric.CAPACITY_UTILISATION) <= 1, at);
        }
        assertTrue(idleSeen, "some capacity stood idle");
    }
}

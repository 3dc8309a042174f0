package org.inferenceshift.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.run.HeadlessRun;
import org.inferenceshift.run.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Distillation switched off (distilledSizeFraction 1) leaves no subscriber on a distilled model and no
 * distillation spend; at the defaults, with monthly menu reviews, distilled tiers (and free tiers, which
 * serve the distilled model) find subscribers, a share in [0, 1].
 */
class DistilledSubscriberShareTest {
    private static final String MONTHLY = "\"pricing\": { \"pricingPeriodMonths\": 1";

    @Test
    void noDistillationMeansNoDistilledSubscribers() {
        RunResult off = HeadlessRun.run(TestScenarios.small(3_000, 36, MONTHLY + ", \"distilledSizeFraction\": 1 }"), 2);
        for (int t = 0; t < off.rows().size(); t++) {
            assertEquals(0.0, off.at(t, Metric.DISTILLED_SUBSCRIBER_SHARE), 0.0, "month " + t);
        }
        RunResult on = HeadlessRun.run(TestScenarios.small(3_000, 36, MONTHLY + " }"), 2);
        double max = 0;
        for (int t = 0; t < on.rows().size(); t++) {
            double share = on.at(t, Metric.DISTILLED_SUBSCRIBER_SHARE);
            assertTrue(share >= 0 && share <= 1, "month " + t);
            max = Math.max(max, share);
        }
        assertTrue(max > 0, "some month has subscribers on a distilled model");
    }
}

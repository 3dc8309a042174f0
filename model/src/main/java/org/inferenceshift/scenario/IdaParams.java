package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §4: inference-during-training (iterated amplification and distillation). */
public record IdaParams(
        boolean enabled,
        @Param(min = 0, max = 5, unit = "E (OOM)", doc = "Capability gained by the first amplify-and-distil iteration.")
        double gainPerIterationE,
        @Param(min = 0, max = 20, unit = "E (OOM)", doc = "Ceiling on the total capability IDA can add; each iteration gains less as it is approached.")
        double ceilingGainE,
        @Param(min = 0, max = 100, unit = "x pre-training compute", doc = "Compute of one iteration, as a multiple of the deployed model's physical pre-training compute.")
        double computeMultiple,
        @Param(min = 0, max = 20, unit = "E (OOM)", doc = "Lead of the internal over the deployed model at which a lab deploys its IDA gains.")
        double deployGapE) implements Serializable {
}

package org.inferenceshift.scenario;

import java.io.Serializable;

/** DESIGN §6: how users re-decide (inertia, consideration set, multinomial logit). */
public record ChoiceParams(
        @Param(min = 0, max = 1, unit = "probability/month", doc = "Probability that a user re-decides in a given month.")
        double reviewRate,
        @Param(min = 0, max = 16, unit = "labs", doc = "Labs drawn into a reviewing user's consideration set besides the current one.")
        int considerationLabs,
        @Param(min = 0, max = 1, unit = "share", doc = "Awareness floor added to every lab's user share when drawing the consideration set.")
        double awarenessFloor,
        @Param(min = 1e-4, max = 10, unit = "utility", doc = "Logit scale lambda on utility u = p - price/V (larger means noisier choice).")
        double logitScale,
        @Param(min = 0, max = 10, unit = "utility", doc = "Scale of each user's persistent taste for each lab (and for the outside option), Gumbel distributed.")
        double brandTasteScale,
        @Param(min = 0, max = 10, unit = "utility", doc = "Switching cost: utility a user holding a lab's tier loses by choosing another lab's tier or the outside option when it reviews (0: switching is free).")
        double switchingCost,
        /**
         * Whether the outside option is split into no AI for everyone and self-hosting, paid at the hardware
         * price, for technical users (issue 18 item 3); false: the rule before it, one free outside option that
         * is the best open-weight model self-hosted (or no AI without one), for everyone.
         */
        boolean splitOutsideOption) implements Serializable {
}

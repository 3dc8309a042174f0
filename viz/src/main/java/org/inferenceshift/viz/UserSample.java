package org.inferenceshift.viz;

import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.sim.IndustryModel;
import org.inferenceshift.users.Population;

/**
 * A fixed, evenly spaced sample of users (every n-th row, so the same people are followed month after
 * month and no random number is drawn from the model's generator) with the capability each received in
 * the month just simulated.
 *
 * <p>Capability received is E mixed by the user's task shares, {@code s·E_reasoning + (1−s)·E_intuitive},
 * of the option the user holds; a rate-limited tier's unanswered share of queries gets the outside option's
 * E. It is the quantity the decile-gap metric averages (UserPass records it; UserSampleTest checks the two
 * agree).
 *
 * @param lab the lab index of each sampled user's option, or {@link Population#OUTSIDE}
 */
record UserSample(double[] incomeUsdPerMonth, double[] receivedE, int[] lab) {
    /** The lab code of a person not using AI yet (adoption, MODEL.md §7.2): not drawn, no capability. */
    static final int NOT_USING_AI = -2;


    static UserSample empty() {
        return new UserSample(new double[0], new double[0], new int[0]);
    }

    static UserSample of(IndustryModel model, int maxUsers) {
        Population pop = model.population();
        MarketSnapshot market = model.snapshot();
        int n = Math.min(pop.size(), maxUsers);
        double[] income = new double[n];
        double[] e = new double[n];
        int[] labs = new int[n];
        for (int j = 0; j < n; j++) {
            int i = (int) ((long) j * pop.size() / n);
            if (pop.notYetUsingAi(i)) {
                income[j] = pop.income(i);
                e[j] = Double.NaN;
                labs[j] = NOT_USING_AI;
                continue;
            }
            int lab = pop.currentLab(i);
            int tier = pop.currentTier(i);
            double s = pop.reasoningShare(i);
            // self-hosters receive the self-hosted open weights' E, everyone else outside no AI's
            double received = pop.selfHosting(i) ? s * market.outsideEReasoning() + (1 - s) * market.outsideEIntuitive()
                    : market.noAiE();
            if (lab >= 0 && tier < market.tierCount(lab)) {
                received = market.receivedE(market.firstOption(lab) + tier, s, pop.difficulty(i));
            } else {
                lab = Population.OUTSIDE;
            }
            income[j] = pop.income(i);
            e[j] = received;
            labs[j] = lab;
        }
        return new UserSample(income, e, labs);
    }

    int size() {
        return lab.length;
    }
}

package org.inferenceshift.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.inferenceshift.TestScenarios;
import org.inferenceshift.sim.IndustryModel;
import org.inferenceshift.users.Population;
import org.junit.jupiter.api.Test;

/**
 * The user pass reuses a user's success from last month when its option offers exactly what it offered
 * (see {@link UnchangedOptions}). In the inference era tiers are added, dropped, repriced and throttled and
 * labs enter, so menus change often: every month, every user's tallied success must still equal a fresh
 * evaluation at the option the user now holds, bit for bit (on an adaptive tier, at the k its rule gives each
 * of the user's task classes, which changes with the tier's cap, base E, plateau and throttle).
 */
class UserPassReuseTest {

    @Test
    void everyUsersSuccessEqualsAFreshEvaluationEveryMonth() {
        IndustryModel model = new IndustryModel(TestScenarios.shipped("inference-era",
                Map.of("population.agents", "3000", "horizonMonths", "72")));
        model.start();
        int reusedMonths = 0;
        boolean adaptiveHeld = false;
        while (model.schedule.step(model)) {
            MarketSnapshot m = model.snapshot();
            UserPass pass = model.userPass();
            Population pop = model.population();
            ChoiceModel choice = pass.choiceModel();
            for (int i = 0; i < pop.size(); i++) {
                if (pop.notYetUsingAi(i)) {
                    continue; // not in the market yet: never evaluated
                }
                double s = pop.reasoningShare(i);
                double d = pop.difficulty(i);
                // no AI, also a rate-limited tier's fallback; self-hosters get the self-hosted model's
                double outside = choice.success(s, d, m.noAiE, m.noAiE);
                double expected = pop.selfHosting(i) ? choice.success(s, d, m.outsideEReasoning, m.outsideEIntuitive)
                        : outside;
                if (pop.currentLab(i) != Population.OUTSIDE) {
                    int o = m.labFirstOption[pop.currentLab(i)] + pop.currentTier(i);
                    adaptiveHeld |= m.adaptive[o] && m.multiplier[o] > 1;
                    double served = m.servedShare[o];
                    expected = choice.success(m, o, s, d);
                    if (served < 1) {
                        expected = served * expected + (1 - served) * outside;
                    }
                }
                assertEquals(expected, pass.lastSuccess(i), 0.0, "user " + i + " in month " + model.month());
            }
            reusedMonths += pass.couldReuse(m.optionCount) ? 1 : 0;
        }
        model.finish();
        assertTrue(reusedMonths > 36, "most months reuse some successes, got " + reusedMonths);
        assertTrue(adaptiveHeld, "the run exercises users on adaptive tiers above k = 1");
    }
}

package org.inferenceshift.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inferenceshift.TestScenarios;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The serving-efficiency trend in a run: in month 24 at the default 2x a year it is 2^(24/12) = 4, a
 * dollar of serving capacity rents flopPerDollar x 4 model FLOP, and a tier's serving cost is its demand
 * (people x queries x served share x FLOP per query) at that serving FLOP price, while FLOP per query
 * stays 2 N tokens k (times the tier's size fraction; on an adaptive tier, k is each query's own).
 */
class ServingEfficiencyTest {
    @Test
    void servingCapacityAndCostUseTheServingFlopPrice() {
        // FIXED_SHARE: the whole serving budget buys capacity on demand, so capacity is budget x the serving
        // FLOP price exactly; DEMAND_FORECAST buys at the same price (DemandForecastCapacityTest) but reserves part
        // at a discount and charges tiers for idle capacity
        Scenario scenario = TestScenarios.small(2_000, 25, "\"labDefaults\": { \"capacityPlanning\": \"FIXED_SHARE\" }");
        assertEquals(2.0, scenario.trends().servingEfficiencyGrowthPerYear(), 0.0, "the default the test assumes");
        IndustryModel model = new IndustryModel(scenario);
        model.start();
        for (int month = 0; month < 24; month++) {
            model.schedule.step(model);
        }
        // month 24's offers are the menus as month 23's reviews and entry left them
        java.util.Map<Integer, java.util.List<org.inferenceshift.labs.Tier>> menus = new java.util.HashMap<>();
        for (Lab lab : model.labs()) {
            menus.put(lab.getIndex(), lab.menu().tiers());
        }
        model.schedule.step(model);
        assertEquals(24, model.month() - 1, "the last step simulated month 24");
        assertEquals(4.0, model.servingEfficiency(), 1e-12);
        assertEquals(model.flopPerDollar() * 4.0, model.servingFlopPerDollar(), model.servingFlopPerDollar() * 1e-15);
        MarketSnapshot m = model.snapshot();
        double people = model.population().peoplePerAgent();
        int checked = 0;
        for (Lab lab : model.labs()) {
            if (!lab.isActive()) {
                continue;
            }
            assertEquals(lab.finance().getInferenceUsd() * model.flopPerDollar() * 4.0, lab.serving().getCapacityFlop(),
                    lab.serving().getCapacityFlop() * 1e-12, lab.getId());
            for (int slot = 0; slot < m.tierCount(lab.getIndex()); slot++) {
                int o = m.firstOption(lab.getIndex()) + slot;
                // an adaptive tier's queries cost the k each used (FLOP per query at k = 1 times their k)
                double demand = m.adaptive(o)
                        ? model.tally().optionKQueries(o) * people * m.servedShare(o) * m.flopPerQueryAtOne(o)
                        : model.tally().optionQueries(o) * people * m.servedShare(o) * m.flopPerQuery(o);
                assertEquals(demand / (model.flopPerDollar() * 4.0), lab.tierStats().servingCostUsd(slot),
                        Math.max(1e-9, demand / model.flopPerDollar() * 1e-12), lab.getId() + " slot " + slot);
                double n = lab.deployed().shape().parameters();
                double k = menus.get(lab.getIndex()).get(slot).inferenceMultiplier();
                double fraction = menus.get(lab.getIndex()).get(slot).sizeFraction();
                assertEquals(k, m.multiplier(o), 0.0, "the menu the snapshot was built from");
                assertEquals(fraction * 2 * n * scenario.serving().tokensPerQuery() * k, m.flopPerQuery(o),
                        m.flopPerQuery(o) * 1e-12);
                checked++;
            }
        }
        assertTrue(checked > 0);
    }
}

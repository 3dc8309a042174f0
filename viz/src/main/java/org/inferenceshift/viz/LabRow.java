package org.inferenceshift.viz;

import java.util.ArrayList;
import java.util.List;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.sim.IndustryModel;

/** What the labs table shows of one lab after a step, copied out of the model so Swing can draw it later. */
record LabRow(int index, String id, boolean active, boolean openWeights, boolean covered, double cashUsd, double revenueUsd,
              double userShare, double subscribers, AllocationShares allocation, String tiers,
              double topReasoningE, double topInternalReasoningE, double baseE) {

    static LabRow of(IndustryModel model, Lab lab) {
        return new LabRow(lab.getIndex(), lab.getId(), lab.isActive(), lab.isOpenWeights(), lab.standing().isCovered(), lab.finance().getCashUsd(),
                lab.getRevenueUsd(), model.userShare(lab.getIndex()), lab.serving().getSubscribers(), lab.getAllocation(),
                tiers(lab), model.reasoning().topReasoningE(lab), model.reasoning().topInternalReasoningE(lab), lab.getDeployedBaseE());
    }

    static List<LabRow> all(IndustryModel model) {
        List<LabRow> rows = new ArrayList<>(model.labs().size());
        for (Lab lab : model.labs()) {
            rows.add(of(model, lab));
        }
        return rows;
    }

    /** The menu as "$20 k1, free k1, $200 k10": monthly price and inference multiplier of each tier. */
    private static String tiers(Lab lab) {
        List<String> parts = new ArrayList<>();
        for (Tier tier : lab.menu().tiers()) {
            String price = tier.isFree() ? "free" : Formats.usd(tier.priceUsdPerMonth());
            parts.add(price + " k" + Formats.multiplier(tier.inferenceMultiplier()));
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}

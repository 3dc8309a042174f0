package org.inferenceshift.market;

import java.util.List;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.ChoiceParams;
import org.inferenceshift.scenario.ServingParams;

/**
 * Fills the {@link MarketSnapshot} from the labs. A tier's capability is that of the lab's deployed
 * model at the tier's multiplier times the lab's throttle (last month's capacity / demand, capped at
 * 1): DESIGN §5, demand above capacity lowers every tier's effective k proportionally.
 */
public final class SnapshotBuilder {
    private SnapshotBuilder() {
    }

    /**
     * @param subscriberShareByLab each lab's share of last month's subscribers (summing to 1 over labs, or
     *                             all zero); a lab is drawn into a consideration set with probability
     *                             proportional to this share plus the awareness floor
     * @param regions              number of regions; a lab is available in every region it does not
     *                             withhold its model from
     * @param successWidth         w of the success logistic (population.successWidthE), for adaptive tiers' target
     */
    public static void build(MarketSnapshot m, List<Lab> labs, double[] subscriberShareByLab, CapabilityFunction capability,
                             ServingParams serving, ChoiceParams choice, int regions, double successWidth) {
        double p = serving.adaptiveTargetSuccess();
        double targetShift = successWidth * Math.log(p / (1 - p));
        m.resizeLabs(labs.size(), regions);
        int options = 0;
        for (Lab lab : labs) {
            options += offers(lab) ? lab.menu().size() : 0;
        }
        m.resizeOptions(options);
        int option = 0;
        for (Lab lab : labs) {
            int l = lab.getIndex();
            m.tierRemap[l] = lab.menu().remap();
            m.labFirstOption[l] = option;
            if (!offers(lab)) {
                continue;
            }
            TrainedModel model = lab.deployed();
            m.labTierCount[l] = lab.menu().size();
            double payoffReasoning = Double.NaN;
            double payoffIntuitive = Double.NaN;
            for (int slot = 0; slot < lab.menu().size(); slot++, option++) {
                Tier tier = lab.menu().get(slot);
                double effectiveK = tier.inferenceMultiplier() * lab.serving().getThrottle();
                m.optionLab[option] = l;
                m.priceUsd[option] = tier.priceUsdPerMonth();
                m.multiplier[option] = tier.inferenceMultiplier();
                double baseE = lab.getDeployedBaseE() + tier.capabilityOffsetE();
                m.eReasoning[option] = baseE + capability.gain(TaskClass.REASONING, model.plateauOom(), effectiveK);
                m.eIntuitive[option] = baseE + capability.gain(TaskClass.INTUITIVE, model.plateauOom(), effectiveK);
                m.servedShare[option] = tier.servedShare();
                m.sizeFraction[option] = tier.sizeFraction();
                // the tier's model is the flagship or its distilled model, sizeFraction of its N
                m.flopPerQuery[option] = tier.sizeFraction()
                        * model.shape().flopPerQuery(serving.tokensPerQuery(), tier.inferenceMultiplier());
                m.flopPerQueryAtOne[option] = tier.sizeFraction() * model.shape().flopPerQuery(serving.tokensPerQuery(), 1.0);
                m.log10Multiplier[option] = Math.log10(tier.inferenceMultiplier());
                m.adaptive[option] = tier.adaptive();
                m.baseE[option] = baseE;
                m.plateau[option] = model.plateauOom();
                m.throttle[option] = lab.serving().getThrottle();
                if (tier.adaptive()) {
                    if (Double.isNaN(payoffReasoning)) {
                        payoffReasoning = AdaptiveTables.payoffLimitOom(capability, TaskClass.REASONING,
                                model.plateauOom(), model.plateauOom(), serving.adaptiveMinGainPerOom());
                        payoffIntuitive = AdaptiveTables.payoffLimitOom(capability, TaskClass.INTUITIVE,
                                model.plateauOom(), model.plateauOom(), serving.adaptiveMinGainPerOom());
                    }
                    buildAdaptive(m, option, capability, tier, model, baseE, lab.serving().getThrottle(),
                            payoffReasoning, payoffIntuitive, targetShift);
                }
            }
            for (int r = 0; r < regions; r++) {
                m.available[r * labs.size() + l] = !lab.standing().isWithheldIn(r);
            }
        }
        for (int r = 0; r < regions; r++) {
            buildAwareness(m, labs, subscriberShareByLab, choice, r);
        }
        setOutsideOption(m, labs, serving, choice.splitOutsideOption());
    }

    /**
     * Tabulates an adaptive option's rule for both task classes; its published E (what metrics read as the
     * tier's capability) is that at its k_max, the most it serves.
     */
    private static void buildAdaptive(MarketSnapshot m, int option, CapabilityFunction capability, Tier tier,
                                      TrainedModel model, double baseE, double throttle, double payoffReasoning,
                                      double payoffIntuitive, double targetShift) {
        double capOom = Math.log10(tier.inferenceMultiplier());
        m.tables.build(option, TaskClass.REASONING, capability, baseE, model.plateauOom(), throttle,
                Math.min(capOom, payoffReasoning), targetShift);
        m.tables.build(option, TaskClass.INTUITIVE, capability, baseE, model.plateauOom(), throttle,
                Math.min(capOom, payoffIntuitive), targetShift);
        m.eReasoning[option] = m.tables.eHigh[AdaptiveTables.index(option, TaskClass.REASONING)];
        m.eIntuitive[option] = m.tables.eHigh[AdaptiveTables.index(option, TaskClass.INTUITIVE)];
    }

    private static void buildAwareness(MarketSnapshot m, List<Lab> labs, double[] subscriberShareByLab,
                                       ChoiceParams choice, int region) {
        int base = region * m.labCount;
        double sum = 0;
        int count = 0;
        for (Lab lab : labs) {
            int l = lab.getIndex();
            if (m.labTierCount[l] == 0 || !m.available[base + l]) {
                continue;
            }
            sum += (l < subscriberShareByLab.length ? subscriberShareByLab[l] : 0) + choice.awarenessFloor();
            m.awareLabs[base + count] = l;
            m.awarenessCumulative[base + count] = sum;
            count++;
        }
        for (int a = 0; a < count; a++) {
            // with no awareness floor and no subscriber anywhere, every selling lab is equally likely
            m.awarenessCumulative[base + a] = sum > 0 ? m.awarenessCumulative[base + a] / sum : (a + 1.0) / count;
        }
        m.awareCount[region] = count;
    }

    private static boolean offers(Lab lab) {
        return lab.isActive() && lab.deployed() != null && lab.menu().size() > 0;
    }

    /**
     * The self-hosting option is the best released open-weight model, self-hosted at k = 1 and penalised by
     * selfHostingPenaltyE; without one, it is no AI at all (noAiCapabilityE). With the split outside option
     * no AI is an option of its own; without it, the self-hosting option is the one free outside option.
     */
    private static void setOutsideOption(MarketSnapshot m, List<Lab> labs, ServingParams serving, boolean split) {
        TrainedModel best = null;
        int bestLab = -1;
        for (Lab lab : labs) {
            TrainedModel model = lab.deployed();
            if (model != null && model.openWeights() && (best == null || model.baseE() > best.baseE())) {
                // self-hosters get the released weights, not the lab's unreleased or IDA-distilled ones
                best = model;
                bestLab = lab.getIndex();
            }
        }
        double e = serving.noAiCapabilityE();
        if (best != null) {
            e = Math.max(e, best.baseE() - serving.selfHostingPenaltyE());
        }
        m.outsideEReasoning = e;
        m.outsideEIntuitive = e;
        m.outsideModelLab = best == null ? -1 : bestLab;
        m.outsideFlopPerQuery = best == null ? 0 : best.shape().flopPerQuery(serving.tokensPerQuery(), 1.0);
        m.splitOutside = split;
        m.noAiE = split ? serving.noAiCapabilityE() : e;
        m.selfHostUsdPerQuery = 0;
    }

    /**
     * The month's self-hosting cost table, built once before the user pass: one self-hosted query costs its
     * FLOP at k = 1 (self-hosters run the open weights at k = 1, MODEL.md §7.3) at {@code flopPerDollar}, the
     * month's price of serving compute, so a user pays its queries times this. Nothing without the split.
     */
    public static void priceSelfHosting(MarketSnapshot m, double flopPerDollar) {
        m.selfHostUsdPerQuery = m.selfHostingOffered() && flopPerDollar > 0 ? m.outsideFlopPerQuery / flopPerDollar : 0;
    }
}

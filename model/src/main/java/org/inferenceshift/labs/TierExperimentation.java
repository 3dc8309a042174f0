package org.inferenceshift.labs;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.PricingParams;

/**
 * Emergent tiers (DESIGN §7). Every pricingPeriodMonths the lab judges its last experiment by the menu's
 * fitness over the period against the period before, and undoes it if it did worse (a cut of k is
 * judged more leniently, see {@link #requiredGain}). The menu's fitness
 * is its profit (revenue minus serving cost) as a share of the whole market's revenue, so that market
 * growth, which lifts every lab, does not pass for the experiment's success, plus the strategy's weight on
 * subscriber-share growth. The lab then
 * drops tiers that lost money for dropAfterLossReviews reviews or hold almost no subscribers, and runs
 * one new experiment drawn uniformly among those that apply:
 * <ul>
 *   <li>move one paid tier's price up or down by priceStep;</li>
 *   <li>cut one paid tier's k by the square root of newTierMultiplierStep (not below 1): a cost saving
 *       that stands unless demand clearly suffers. More reasoning is only ever offered as a new tier
 *       beside the old ones, so users choose, and a tier nobody wants is dropped;</li>
 *   <li>open a tier at newTierMultiplierStep times the highest k (capped at the model's plateau, 10^P; only
 *       if that is at least minimumNewTierGain times the highest k),
 *       priced at the larger of (1 + markup) times its expected serving cost per subscriber (observed
 *       queries per subscriber) and the top price scaled by (k ratio)^newTierPriceElasticity;</li>
 *   <li>open a cheap tier on the lab's distilled model (distilledSizeFraction of the flagship's N, at k = 1),
 *       if it has none, priced at the larger of (1 + markup) times its expected serving cost per subscriber
 *       and the lowest paid price times distilledSizeFraction^newTierPriceElasticity;</li>
 *   <li>add a free rate-limited tier (on the distilled model), or withdraw it;</li>
 *   <li>drop one tier other than the last paid one;</li>
 *   <li>if the lab's {@link InferenceRevision} raises k: raise one tier's k (an adaptive tier's cap; the base
 *       and free tiers included) by the square root of newTierMultiplierStep, capped at the plateau 10^P, kept
 *       only if fitness rose; such a lab's cuts may then also fall on its free tier.</li>
 * </ul>
 * Each month, before the review, the revision rule may also set tiers' k by itself ({@link PremisedGrowth}).
 * New tiers are adaptive when the lab's tiers are ({@code tierInference}).
 * The number of tiers, their k and their prices are outcomes: nothing in the scenario sets them.
 */
public final class TierExperimentation implements PricingPolicy {
    private static final long serialVersionUID = 1L;

    private enum Kind { PRICE, CUT_K, OPEN, OPEN_DISTILLED, ADD_FREE, REMOVE, RAISE_K }

    /** How to undo the experiment under way: the tier it touched and what it was before. */
    private record Pending(Kind kind, int tierId, Tier before) implements java.io.Serializable {
    }

    /**
     * What a lab's menu experiments use: the scenario's pricing section, the strategy's weight on
     * subscriber-share growth, the tokens of a query at k = 1 (to cost a new tier), and the queries per
     * subscriber a lab assumes while it has no subscriber to observe (the population's median usage).
     */
    public record Params(PricingParams pricing, double fitnessShareWeight, double tokensPerQuery,
                         double fallbackQueriesPerSubscriber) implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final PricingParams params;
    private final Params settings;
    private double periodProfit;
    private double periodMarketRevenue;
    private double shareAtStart;
    private int periodMonths;
    private final Map<Integer, Integer> lossStreaks = new HashMap<>();
    private double fitnessBefore = Double.NaN;
    /** Exponentially weighted mean absolute change of menu fitness between reviews (weight fluctuationWeight). */
    private double fluctuation = Double.NaN;
    private Pending pending;
    private final InferenceRevision revision;
    private final boolean adaptiveTiers;

    /** Fixed-k tiers, k revised only by cuts and new tiers (the rule before issue 16). */
    public TierExperimentation(Params settings) {
        this(settings, new NewTiersOnly(), false);
    }

    /**
     * @param revision      how the lab revises its tiers' k
     * @param adaptiveTiers whether the tiers it opens are adaptive (k is a cap) or fixed
     */
    public TierExperimentation(Params settings, InferenceRevision revision, boolean adaptiveTiers) {
        this.settings = settings;
        this.params = settings.pricing();
        this.revision = revision;
        this.adaptiveTiers = adaptiveTiers;
    }

    @Override
    public void revise(LabView self, TierMenu menu, TierOutcomes outcomes, MarketView market) {
        revision.schedule(self, menu, market);
        double revenue = 0;
        double cost = 0;
        for (int slot = 0; slot < menu.size(); slot++) {
            revenue += outcomes.revenueUsd(slot);
            cost += outcomes.servingCostUsd(slot);
        }
        double share = market.subscriberShare(self.getIndex());
        if (periodMonths == 0) {
            shareAtStart = share;
        }
        periodProfit += revenue - cost;
        periodMarketRevenue += marketRevenue(market);
        periodMonths++;
        if (periodMonths < params.pricingPeriodMonths()) {
            return;
        }
        double fitness = (periodMarketRevenue > 0 ? periodProfit / periodMarketRevenue : 0)
                + settings.fitnessShareWeight() * (share - shareAtStart);
        periodProfit = 0;
        periodMarketRevenue = 0;
        periodMonths = 0;
        if (!Double.isNaN(fitnessBefore)) {
            double change = Math.abs(fitness - fitnessBefore);
            double weight = params.fluctuationWeight();
            fluctuation = Double.isNaN(fluctuation) ? change : (1 - weight) * fluctuation + weight * change;
        }
        if (pending != null && fitness < fitnessBefore + requiredGain(pending)) {
            undo(menu, pending);
            // the trial may predate a release whose plateau is lower: the restored tier must not exceed it
            menu.capMultipliers(Math.pow(10, self.deployed().plateauOom()));
        }
        pending = null;
        dropFailingTiers(menu, outcomes);
        fitnessBefore = fitness;
        experiment(self, menu, outcomes, market);
    }

    /**
     * The fitness gain an experiment must show to be kept: zero for most. Cutting a tier's k saves serving
     * cost for certain and loses demand only perhaps, so the cut stands unless fitness fell by more than
     * evidenceThreshold times the lab's usual fluctuation between reviews.
     */
    private double requiredGain(Pending p) {
        if (p.kind() != Kind.CUT_K || Double.isNaN(fluctuation)) {
            return 0;
        }
        return -params.evidenceThreshold() * fluctuation;
    }

    private static double marketRevenue(MarketView market) {
        double sum = 0;
        for (LabView other : market.labs()) {
            sum += other.getRevenueUsd();
        }
        return sum;
    }

    private void dropFailingTiers(TierMenu menu, TierOutcomes outcomes) {
        double labSubscribers = 0;
        for (int slot = 0; slot < menu.size(); slot++) {
            labSubscribers += outcomes.subscribers(slot);
        }
        for (int slot = menu.size() - 1; slot >= 0; slot--) {
            Tier tier = menu.get(slot);
            int id = menu.id(slot);
            boolean losing = !tier.isFree() && outcomes.profitUsd(slot) < 0;
            int streak = losing ? lossStreaks.getOrDefault(id, 0) + 1 : 0;
            lossStreaks.put(id, streak);
            boolean tiny = labSubscribers > 0
                    && outcomes.subscribers(slot) < params.minimumTierSubscriberShare() * labSubscribers;
            boolean lastPaid = isLastFlagshipPaid(menu, tier);
            if (!lastPaid && (streak >= params.dropAfterLossReviews() || tiny)) {
                menu.remove(slot);
                lossStreaks.remove(id);
            }
        }
    }

    private void experiment(LabView self, TierMenu menu, TierOutcomes outcomes, MarketView market) {
        MersenneTwisterFast random = market.random();
        List<Kind> options = new ArrayList<>();
        if (menu.paidCount() > 0) {
            options.add(Kind.PRICE);
        }
        if (highestPaidMultiplier(menu) > 1 || (revision.raisesK() && menu.maxMultiplier() > 1)) {
            options.add(Kind.CUT_K);
        }
        if (menu.size() < params.maxTiers() && nextMultiplier(self, menu) >= params.minimumNewTierGain() * menu.maxMultiplier()) {
            options.add(Kind.OPEN);
        }
        if (canOpenDistilled(menu)) {
            options.add(Kind.OPEN_DISTILLED);
        }
        if (!menu.hasFreeTier() && menu.size() < params.maxTiers()) {
            options.add(Kind.ADD_FREE);
        }
        if (menu.size() > 1) {
            options.add(Kind.REMOVE);
        }
        if (revision.raisesK() && !raisable(self, menu).isEmpty()) {
            options.add(Kind.RAISE_K);
        }
        if (options.isEmpty()) {
            return;
        }
        switch (options.get(random.nextInt(options.size()))) {
            case PRICE -> changePrice(menu, random);
            case CUT_K -> cutMultiplier(menu, random);
            case OPEN -> openTier(self, menu, outcomes, market);
            case OPEN_DISTILLED -> openDistilledTier(self, menu, outcomes, market);
            case ADD_FREE -> {
                menu.add(Tier.free(params.freeTierServedShare(), params.distilledSizeFraction(), distilledPenaltyE())
                        .withAdaptive(adaptiveTiers));
                pending = new Pending(Kind.ADD_FREE, menu.id(menu.size() - 1), null);
            }
            case REMOVE -> removeTier(menu, random);
            case RAISE_K -> raiseMultiplier(self, menu, random);
        }
    }

    /** Tiers (the free one included) whose k is below the deployed model's plateau 10^P. */
    private static List<Integer> raisable(LabView self, TierMenu menu) {
        double plateauCap = Math.pow(10, self.deployed().plateauOom());
        List<Integer> below = new ArrayList<>();
        for (int slot = 0; slot < menu.size(); slot++) {
            if (menu.get(slot).inferenceMultiplier() < plateauCap) {
                below.add(slot);
            }
        }
        return below;
    }

    private void raiseMultiplier(LabView self, TierMenu menu, MersenneTwisterFast random) {
        List<Integer> below = raisable(self, menu);
        int slot = below.get(random.nextInt(below.size()));
        Tier tier = menu.get(slot);
        double k = Math.min(Math.pow(10, self.deployed().plateauOom()),
                tier.inferenceMultiplier() * Math.sqrt(params.newTierMultiplierStep()));
        menu.replace(slot, tier.withMultiplier(k));
        pending = new Pending(Kind.RAISE_K, menu.id(slot), tier);
    }

    private void changePrice(TierMenu menu, MersenneTwisterFast random) {
        int slot = randomPaidSlot(menu, random);
        Tier tier = menu.get(slot);
        double factor = random.nextBoolean() ? 1 + params.priceStep() : 1 - params.priceStep();
        menu.replace(slot, tier.withPrice(tier.priceUsdPerMonth() * factor));
        pending = new Pending(Kind.PRICE, menu.id(slot), tier);
    }

    private void cutMultiplier(TierMenu menu, MersenneTwisterFast random) {
        List<Integer> above = new ArrayList<>();
        for (int slot = 0; slot < menu.size(); slot++) {
            // a lab that revises every tier's k may cut its free tier's too
            if ((!menu.get(slot).isFree() || revision.raisesK()) && menu.get(slot).inferenceMultiplier() > 1) {
                above.add(slot);
            }
        }
        int slot = above.get(random.nextInt(above.size()));
        Tier tier = menu.get(slot);
        double k = Math.max(1.0, tier.inferenceMultiplier() / Math.sqrt(params.newTierMultiplierStep()));
        menu.replace(slot, tier.withMultiplier(k));
        pending = new Pending(Kind.CUT_K, menu.id(slot), tier);
    }

    /**
     * Whether {@code tier} is the menu's only paid tier on the flagship: it is never dropped, so the lab
     * always sells what it reports as its top model (a paid distilled tier is not enough).
     */
    private static boolean isLastFlagshipPaid(TierMenu menu, Tier tier) {
        if (tier.isFree() || tier.isDistilled()) {
            return false;
        }
        int flagshipPaid = 0;
        for (Tier t : menu.tiers()) {
            if (!t.isFree() && !t.isDistilled()) {
                flagshipPaid++;
            }
        }
        return flagshipPaid == 1;
    }

    private static double highestPaidMultiplier(TierMenu menu) {
        double max = 0;
        for (Tier t : menu.tiers()) {
            if (!t.isFree()) {
                max = Math.max(max, t.inferenceMultiplier());
            }
        }
        return max;
    }

    private static int randomPaidSlot(TierMenu menu, MersenneTwisterFast random) {
        List<Integer> paid = new ArrayList<>();
        for (int slot = 0; slot < menu.size(); slot++) {
            if (!menu.get(slot).isFree()) {
                paid.add(slot);
            }
        }
        return paid.get(random.nextInt(paid.size()));
    }

    private double nextMultiplier(LabView self, TierMenu menu) {
        double plateauCap = Math.pow(10, self.deployed().plateauOom());
        return Math.min(menu.maxMultiplier() * params.newTierMultiplierStep(), plateauCap);
    }

    private void openTier(LabView self, TierMenu menu, TierOutcomes outcomes, MarketView market) {
        double k = nextMultiplier(self, menu);
        double queriesPerSubscriber = meanQueriesPerSubscriber(menu, outcomes);
        double costPerSubscriber = queriesPerSubscriber
                * self.deployed().shape().flopPerQuery(settings.tokensPerQuery(), k)
                / market.servingEfficiency() / market.flopPerDollar();
        double topPrice = 0;
        for (Tier t : menu.tiers()) {
            topPrice = Math.max(topPrice, t.priceUsdPerMonth());
        }
        double valueGuess = topPrice * Math.pow(k / menu.maxMultiplier(), params.newTierPriceElasticity());
        double price = Math.max((1 + params.newTierMarkup()) * costPerSubscriber, valueGuess);
        menu.add(Tier.paid("k" + formatMultiplier(k), price, k, adaptiveTiers));
        pending = new Pending(Kind.OPEN, menu.id(menu.size() - 1), null);
    }

    /** A distilled tier can open when distillation is on, the menu has room and a paid price, and no paid distilled tier. */
    private boolean canOpenDistilled(TierMenu menu) {
        if (params.distilledSizeFraction() >= 1 || menu.size() >= params.maxTiers() || menu.paidCount() == 0) {
            return false;
        }
        for (Tier t : menu.tiers()) {
            if (!t.isFree() && t.isDistilled()) {
                return false;
            }
        }
        return true;
    }

    private double distilledPenaltyE() {
        return Tier.distillationPenaltyE(params.distilledSizeFraction(), params.distillationPenaltyEPerOom());
    }

    private void openDistilledTier(LabView self, TierMenu menu, TierOutcomes outcomes, MarketView market) {
        double fraction = params.distilledSizeFraction();
        double costPerSubscriber = meanQueriesPerSubscriber(menu, outcomes) * fraction
                * self.deployed().shape().flopPerQuery(settings.tokensPerQuery(), 1.0)
                / market.servingEfficiency() / market.flopPerDollar();
        double lowestPrice = Double.POSITIVE_INFINITY;
        for (Tier t : menu.tiers()) {
            if (!t.isFree()) {
                lowestPrice = Math.min(lowestPrice, t.priceUsdPerMonth());
            }
        }
        double valueGuess = lowestPrice * Math.pow(fraction, params.newTierPriceElasticity());
        double price = Math.max((1 + params.newTierMarkup()) * costPerSubscriber, valueGuess);
        menu.add(Tier.distilled("distilled", price, 1.0, fraction, distilledPenaltyE()).withAdaptive(adaptiveTiers));
        pending = new Pending(Kind.OPEN_DISTILLED, menu.id(menu.size() - 1), null);
    }

    private double meanQueriesPerSubscriber(TierMenu menu, TierOutcomes outcomes) {
        double people = 0;
        double queries = 0;
        for (int slot = 0; slot < menu.size(); slot++) {
            people += outcomes.subscribers(slot);
            queries += outcomes.queries(slot);
        }
        return people > 0 ? queries / people : settings.fallbackQueriesPerSubscriber();
    }

    private void removeTier(TierMenu menu, MersenneTwisterFast random) {
        List<Integer> removable = new ArrayList<>();
        for (int slot = 0; slot < menu.size(); slot++) {
            if (!isLastFlagshipPaid(menu, menu.get(slot))) {
                removable.add(slot);
            }
        }
        if (removable.isEmpty()) {
            return;
        }
        int slot = removable.get(random.nextInt(removable.size()));
        Tier tier = menu.get(slot);
        menu.remove(slot);
        pending = new Pending(Kind.REMOVE, -1, tier);
    }

    private void undo(TierMenu menu, Pending p) {
        int slot = p.tierId() >= 0 ? menu.slotOf(p.tierId()) : -1;
        switch (p.kind()) {
            case PRICE, CUT_K, RAISE_K -> {
                if (slot >= 0) {
                    menu.replace(slot, p.before());
                }
            }
            case OPEN, OPEN_DISTILLED, ADD_FREE -> {
                if (slot >= 0 && !isLastFlagshipPaid(menu, menu.get(slot))) {
                    menu.remove(slot);
                }
            }
            case REMOVE -> {
                if (menu.size() < params.maxTiers()) {
                    menu.add(p.before());
                }
            }
        }
    }

    private static String formatMultiplier(double k) {
        return k == Math.rint(k) ? Long.toString((long) k) : String.format(java.util.Locale.ROOT, "%.3g", k);
    }
}

package org.inferenceshift.api;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;
import org.inferenceshift.labs.ApiOutcome;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.MarketView;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.AdaptiveTables;
import org.inferenceshift.scenario.ApiParams;
import org.inferenceshift.scenario.ServingParams;

/**
 * The enterprise / API market of one run (issue 18 item 5, MODEL.md §7.12): its buyers, this month's price
 * list, what each lab sold, and the serving cost each lab's API was charged. Each month:
 * <ol>
 *   <li>{@link #publish}: every active lab with a deployed model it offers somewhere sells that model per
 *       output token at {@code (1 + markup) * 2N / servingFlopPerDollar}, the markup its
 *       {@link org.inferenceshift.labs.ApiPricing} decides, at its throttled k like its tiers;</li>
 *   <li>{@link #run}: the buyers split their queries among the offers and not buying ({@link ApiPass}; each
 *       keeps part of last month's split, {@link #keptShare}), and the
 *       tally, times the month's volume growth {@code min(volumeGrowthMax, volumeGrowthPerYear^(month/12))},
 *       becomes each lab's API queries, tokens, revenue and the FLOP its API queries ask of its capacity;</li>
 *   <li>the serving phase adds those to the lab's revenue and demand (one capacity for both markets) and
 *       {@link #chargeServing charges} the API its share of the lab's capacity spend;</li>
 *   <li>the lab's API pricing reviews the month's {@link #outcome}.</li>
 * </ol>
 * Figures are indexed by lab index and hold this month's values (0 for a lab that sold nothing).
 */
public final class ApiMarket implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final double MONTHS_PER_YEAR = 12.0;

    private final ApiParams params;
    private final ApiBuyers buyers;
    private final ApiPass pass;
    private final ApiPriceList prices = new ApiPriceList();
    private double[] queries = new double[0];
    private double[] tokens = new double[0];
    private double[] revenueUsd = new double[0];
    private double[] demandFlop = new double[0];
    private double[] servingCostUsd = new double[0];
    private double[] pricePerMillionTokens = new double[0];
    private double[] markup = new double[0];
    private double notBoughtQueries;
    /** This month's volume relative to the first month's; NaN before the first month. */
    private double volumeFactor = Double.NaN;

    /**
     * @param successWidth w of the success logistic (population.successWidthE): buyers' tasks succeed as people's do
     */
    public ApiMarket(ApiParams params, double successWidth, MersenneTwisterFast random) {
        this.params = params;
        this.buyers = ApiBuyers.draw(params, random);
        this.pass = new ApiPass(params.buyers(), params.logitScale(), successWidth);
    }

    public void setThreads(int threads) {
        pass.setThreads(threads);
    }

    public void shutdown() {
        pass.shutdown();
    }

    public ApiBuyers buyers() {
        return buyers;
    }

    public ApiPriceList prices() {
        return prices;
    }

    /** Monthly volume relative to the first month's: growth per year, up to its maximum. */
    public double volumeFactor(int month) {
        return Math.min(params.volumeGrowthMax(), Math.pow(params.volumeGrowthPerYear(), month / MONTHS_PER_YEAR));
    }

    /**
     * Publishes the month's price list from the labs.
     *
     * @param servingFlopPerDollar model FLOP a dollar of serving capacity serves this month
     * @param successWidth         w of the success logistic, for the inference rule's target
     */
    public void publish(List<Lab> labs, CapabilityFunction capability, ServingParams serving, double successWidth,
                        double servingFlopPerDollar, int regions, MarketView market) {
        int n = 0;
        for (Lab lab : labs) {
            n += sells(lab, regions) ? 1 : 0;
        }
        prices.resize(n, n * ApiPriceList.levelCount(maxPlateau(labs)));
        double p = serving.adaptiveTargetSuccess();
        double targetShift = successWidth * Math.log(p / (1 - p));
        int j = 0;
        for (Lab lab : labs) {
            if (!sells(lab, regions)) {
                continue;
            }
            TrainedModel model = lab.deployed();
            double plateau = model.plateauOom();
            double flopPerToken = model.shape().flopPerQuery(1, 1);
            // a query may not use more than maxFlopPerTask: k at most maxFlopPerTask / (2 N tokensPerQuery)
            double flopBoundOom = Math.log10(serving.maxFlopPerTask() / (flopPerToken * serving.tokensPerQuery()));
            double limit = Math.max(0, Math.min(plateau, flopBoundOom));
            double maxReasoning = Math.min(limit, AdaptiveTables.payoffLimitOom(capability, TaskClass.REASONING,
                    plateau, limit, serving.adaptiveMinGainPerOom()));
            double maxIntuitive = Math.min(limit, AdaptiveTables.payoffLimitOom(capability, TaskClass.INTUITIVE,
                    plateau, limit, serving.adaptiveMinGainPerOom()));
            double markup = lab.decisions().apiPricing().markup(lab, market);
            prices.set(j++, lab.getIndex(), markup, flopPerToken / servingFlopPerDollar, flopPerToken,
                    serving.tokensPerQuery(), capability, lab.getDeployedBaseE(), plateau, lab.serving().getThrottle(),
                    maxReasoning, maxIntuitive, targetShift);
        }
    }

    /** The highest plateau of a deployed model: no offer has more effort levels than it gives. */
    private static double maxPlateau(List<Lab> labs) {
        double max = 0;
        for (Lab lab : labs) {
            if (lab.deployed() != null) {
                max = Math.max(max, lab.deployed().plateauOom());
            }
        }
        return max;
    }

    /** Whether the lab sells through its API this month: active, with a deployed model offered in some region. */
    static boolean sells(Lab lab, int regions) {
        if (!lab.isActive() || lab.deployed() == null) {
            return false;
        }
        for (int r = 0; r < regions; r++) {
            if (!lab.standing().isWithheldIn(r)) {
                return true;
            }
        }
        return false;
    }

    /** Runs the buyers over the published price list and records each lab's month. */
    public void run(int month, int labCount, double tokensPerQuery) {
        ensureLabs(labCount);
        Arrays.fill(queries, 0);
        Arrays.fill(tokens, 0);
        Arrays.fill(revenueUsd, 0);
        Arrays.fill(demandFlop, 0);
        Arrays.fill(servingCostUsd, 0);
        Arrays.fill(pricePerMillionTokens, Double.NaN);
        Arrays.fill(markup, Double.NaN);
        double previousVolume = volumeFactor;
        volumeFactor = volumeFactor(month);
        ApiTally t = pass.run(buyers, prices, keptShare(previousVolume, volumeFactor));
        for (int j = 0; j < prices.offers; j++) {
            int l = prices.lab[j];
            queries[l] = t.queries[j] * volumeFactor;
            tokens[l] = t.kQueries[j] * volumeFactor * tokensPerQuery;
            revenueUsd[l] = t.spendUsd[j] * volumeFactor;
            demandFlop[l] = tokens[l] * prices.flopPerToken[j];
            pricePerMillionTokens[l] = prices.pricePerMillionTokens(j);
            markup[l] = prices.markup[j];
        }
        notBoughtQueries = t.notBought * volumeFactor;
    }

    /**
     * The share of a buyer's held split it keeps this month: the part of last month's volume not up for review,
     * {@code (1 - reviewRate) V_(t-1) / V_t}, since the month's added volume is new business the buyer places by
     * the logit. 0 in the first month (nothing is held yet).
     */
    double keptShare(double previousVolume, double volume) {
        if (Double.isNaN(previousVolume) || !(volume > 0)) {
            return 0;
        }
        return (1 - params.reviewRate()) * Math.min(1, previousVolume / volume);
    }

    private void ensureLabs(int labCount) {
        if (queries.length < labCount) {
            int capacity = Math.max(labCount, 2 * queries.length);
            queries = Arrays.copyOf(queries, capacity);
            tokens = Arrays.copyOf(tokens, capacity);
            revenueUsd = Arrays.copyOf(revenueUsd, capacity);
            demandFlop = Arrays.copyOf(demandFlop, capacity);
            servingCostUsd = Arrays.copyOf(servingCostUsd, capacity);
            pricePerMillionTokens = Arrays.copyOf(pricePerMillionTokens, capacity);
            markup = Arrays.copyOf(markup, capacity);
        }
    }

    /** The serving cost of lab {@code lab}'s API queries this month, as its capacity planning charges it. */
    public void chargeServing(int lab, double usd) {
        ensureLabs(lab + 1);
        servingCostUsd[lab] = usd;
    }

    /**
     * Lab {@code lab} books only {@code keptShare} of its API revenue this month (it stays under a revenue line,
     * {@code RevenueLinePlanning}): the rest is sales turned down or discounted away; the queries stay served.
     */
    public void keepRevenueShare(int lab, double keptShare) {
        if (lab < revenueUsd.length) {
            revenueUsd[lab] *= keptShare;
        }
    }

    /** What lab {@code lab}'s API sold and cost this month, for its pricing review. */
    public ApiOutcome outcome(int lab) {
        return lab < queries.length
                ? new ApiOutcome(revenueUsd[lab], servingCostUsd[lab], queries[lab], tokens[lab])
                : new ApiOutcome(0, 0, 0, 0);
    }

    private double at(double[] values, int lab) {
        return lab < values.length ? values[lab] : 0;
    }

    /** API queries lab {@code lab} answered this month. */
    public double queries(int lab) { return at(queries, lab); }
    /** Output tokens (each query's k included) of those queries. */
    public double tokens(int lab) { return at(tokens, lab); }
    /** What buyers paid lab {@code lab} this month (USD). */
    public double revenueUsd(int lab) { return at(revenueUsd, lab); }
    /** FLOP lab {@code lab}'s API queries ask of its serving capacity this month. */
    public double demandFlop(int lab) { return at(demandFlop, lab); }
    public double servingCostUsd(int lab) { return at(servingCostUsd, lab); }
    /** Lab {@code lab}'s API price per million output tokens this month (NaN: it did not sell). */
    public double pricePerMillionTokens(int lab) { return lab < pricePerMillionTokens.length ? pricePerMillionTokens[lab] : Double.NaN; }
    /** Lab {@code lab}'s API markup over serving cost this month (NaN: it did not sell). */
    public double markup(int lab) { return lab < markup.length ? markup[lab] : Double.NaN; }
    /** Queries buyers did not buy from any lab this month. */
    public double notBoughtQueries() { return notBoughtQueries; }
    /** The month's volume relative to the first month's (NaN before the first month). */
    public double volumeFactor() { return volumeFactor; }
    /** Labs with an API offer this month. */
    public int offers() { return prices.offers; }
}

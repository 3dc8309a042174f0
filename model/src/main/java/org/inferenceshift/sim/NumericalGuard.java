package org.inferenceshift.sim;

import java.time.YearMonth;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.Tier;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.labs.TrainingRun;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.users.Population;
import org.inferenceshift.users.UserColumns;

/**
 * Stops a run whose state holds a NaN or an infinity, before that month's metrics are recorded, so no
 * result is ever computed from a poisoned number.
 *
 * <p>Cost: every lab quantity, every option of the snapshot and every sum of the month's user tally are
 * checked each month (a few hundred numbers). Users are not scanned each month: their attributes never
 * change after they are drawn, so they are checked once in the first month, and anything a user adds
 * to the month's sums (people, queries, success, E received) shows up in the tally's sums, which add the
 * per-chunk sums. Only when a sum is bad are the users scanned, to name the one responsible.
 */
public final class NumericalGuard {
    private NumericalGuard() {
    }

    /**
     * Throws {@link NumericalFaultException} naming the first non-finite quantity found, looking upstream
     * first (trends, users, the labs' models and tiers, the offers) so the quantity named is where the
     * fault started rather than one it spread to (revenue, cash, the ledger).
     */
    public static void check(IndustryModel model) {
        Fault fault = new Fault(model);
        fault.check("flopPerDollar", model.flopPerDollar());
        fault.check("algorithmicMultiplier", model.algorithmicMultiplier());
        MarketSnapshot snapshot = model.snapshot();
        MarketTally tally = model.tally();
        int options = snapshot == null ? 0 : snapshot.optionCount();
        if (model.month() == 0 || (tally != null && !sumsFinite(tally, options))) {
            checkUsers(fault, model.population());
        }
        for (Lab lab : model.labs()) {
            checkLabModels(fault, lab);
        }
        if (snapshot != null) {
            checkSnapshot(fault, snapshot);
        }
        if (tally != null) {
            checkTally(fault, tally, options);
        }
        for (Lab lab : model.labs()) {
            checkLabFlows(fault, model, lab);
        }
        Ledger ledger = model.ledger();
        fault.check("ledger revenueUsd", ledger.revenueUsd());
        fault.check("ledger raisesUsd", ledger.raisesUsd());
        fault.check("ledger spendUsd", ledger.spendUsd());
    }

    private static String name(Lab lab) {
        return "lab " + lab.getIndex() + " \"" + lab.getId() + "\" ";
    }

    private static void checkLabModels(Fault fault, Lab lab) {
        String at = name(lab);
        TrainedModel deployed = lab.deployed();
        if (deployed != null) {
            fault.check(at + "deployed model baseE", deployed.baseE());
            fault.check(at + "deployed model plateauOom", deployed.plateauOom());
            fault.check(at + "deployed model parameters", deployed.shape().parameters());
        }
        TrainingRun run = lab.training().run();
        if (run != null) {
            fault.check(at + "training run physicalFlop", run.physicalFlop());
            fault.check(at + "training run effectiveFlop", run.effectiveFlop());
            fault.check(at + "training run postTrainingFlop", run.postTrainingFlop());
        }
        for (int slot = 0; slot < lab.menu().size(); slot++) {
            Tier tier = lab.menu().get(slot);
            fault.check(at + "tier " + slot + " priceUsdPerMonth", tier.priceUsdPerMonth());
            fault.check(at + "tier " + slot + " inferenceMultiplier", tier.inferenceMultiplier());
            fault.check(at + "tier " + slot + " servedShare", tier.servedShare());
            fault.check(at + "tier " + slot + " capabilityOffsetE", tier.capabilityOffsetE());
        }
        fault.check(at + "allocation.pre", lab.getAllocation().pre());
        fault.check(at + "allocation.post", lab.getAllocation().post());
        fault.check(at + "allocation.inference", lab.getAllocation().inference());
        fault.check(at + "allocation.ida", lab.getAllocation().ida());
        fault.check(at + "allocation.synthetic", lab.getAllocation().synthetic());
    }

    private static void checkLabFlows(Fault fault, IndustryModel model, Lab lab) {
        String at = name(lab);
        fault.check(at + "cashUsd", lab.finance().getCashUsd());
        fault.check(at + "lastRevenueUsd", lab.finance().getLastRevenueUsd());
        fault.check(at + "revenueUsd", lab.getRevenueUsd());
        fault.check(at + "preTrainingUsd", lab.finance().getPreTrainingUsd());
        fault.check(at + "postTrainingUsd", lab.finance().getPostTrainingUsd());
        fault.check(at + "inferenceUsd", lab.finance().getInferenceUsd());
        fault.check(at + "idaUsd", lab.finance().getIdaUsd());
        fault.check(at + "syntheticUsd", lab.finance().getSyntheticUsd());
        fault.check(at + "syntheticValueTokens", lab.synthetic().getValueTokens());
        fault.check(at + "raisedUsd", lab.finance().getRaisedUsd());
        fault.check(at + "capacityFlop", lab.serving().getCapacityFlop());
        fault.check(at + "demandFlop", lab.serving().getDemandFlop());
        fault.check(at + "subscribers", lab.serving().getSubscribers());
        fault.check(at + "throttle", lab.serving().getThrottle());
        fault.check(at + "userShare", model.userShare(lab.getIndex()));
        fault.check(at + "subscriberShare", model.subscriberShare(lab.getIndex()));
        if (lab.deployed() != null) {
            fault.check(at + "deployed model deploymentFlop", lab.deployed().deploymentFlop());
        }
    }

    private static void checkSnapshot(Fault fault, MarketSnapshot m) {
        for (int o = 0; o < m.optionCount(); o++) {
            String at = "option " + o + " (lab " + m.optionLab(o) + ") ";
            fault.check(at + "price", m.price(o));
            fault.check(at + "eReasoning", m.eReasoning(o));
            fault.check(at + "eIntuitive", m.eIntuitive(o));
            fault.check(at + "flopPerQuery", m.flopPerQuery(o));
        }
        for (int r = 0; r < m.regionCount(); r++) {
            for (int a = 0; a < m.awareCount(r); a++) {
                fault.check("awareness weight of lab " + m.awareLab(r, a) + " in region " + r, m.awarenessCumulative(r, a));
            }
        }
        fault.check("outside option eReasoning", m.outsideEReasoning());
        fault.check("outside option eIntuitive", m.outsideEIntuitive());
        fault.check("outside option flopPerQuery", m.outsideFlopPerQuery());
    }

    /** Whether every sum users contributed to this month is finite (the per-chunk sums added up). */
    private static boolean sumsFinite(MarketTally t, int options) {
        double sum = t.outsideQueries() + t.successSum() + t.paidMeanE() + t.paidSdE();
        for (int o = 0; o < options; o++) {
            sum += t.optionUsers(o) + t.optionQueries(o);
        }
        for (int d = 0; d < MarketTally.DECILES; d++) {
            sum += t.decileMeanE(d);
        }
        // a NaN or an infinity in any term makes the total non-finite
        return Double.isFinite(sum);
    }

    private static void checkTally(Fault fault, MarketTally t, int options) {
        for (int o = 0; o < options; o++) {
            fault.check("users' sum of subscribers on option " + o, t.optionUsers(o));
            fault.check("users' sum of queries on option " + o, t.optionQueries(o));
        }
        fault.check("users' sum of queries on the outside option", t.outsideQueries());
        fault.check("users' sum of success probability", t.successSum());
        fault.check("paying users' mean E", t.paidMeanE());
        fault.check("paying users' sd of E", t.paidSdE());
        for (int d = 0; d < MarketTally.DECILES; d++) {
            fault.check("income decile " + d + " mean E", t.decileMeanE(d));
        }
    }

    private static void checkUsers(Fault fault, Population pop) {
        UserColumns cols = UserColumns.of(pop);
        for (int i = 0; i < pop.size(); i++) {
            checkUser(fault, i, "incomeUsdPerMonth", pop.income(i));
            checkUser(fault, i, "reasoningShare", cols.reasoningShare[i]);
            checkUser(fault, i, "difficultyE", cols.difficultyE[i]);
            checkUser(fault, i, "queriesPerMonth", cols.queriesPerMonth[i]);
            checkUser(fault, i, "valueUsdPerMonth", cols.valueUsdPerMonth[i]);
        }
    }

    /** The user's name is built only for a bad value: building it for each of millions of users costs seconds. */
    private static void checkUser(Fault fault, int user, String column, double value) {
        if (!Double.isFinite(value)) {
            fault.check("user " + user + " " + column, value);
        }
    }

    /** Raises the fault with the month and date of the model being checked. */
    private static final class Fault {
        private final IndustryModel model;

        Fault(IndustryModel model) {
            this.model = model;
        }

        void check(String quantity, double value) {
            if (!Double.isFinite(value)) {
                throw fault(quantity, value);
            }
        }


        private NumericalFaultException fault(String quantity, double value) {
            int month = model.month();
            String date = YearMonth.parse(model.scenario().start()).plusMonths(month).toString();
            return new NumericalFaultException(month, date, quantity, value);
        }
    }
}

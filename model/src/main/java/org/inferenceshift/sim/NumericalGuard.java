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

    /** Throws {@link NumericalFaultException} naming the first non-finite quantity found. */
    public static void check(IndustryModel model) {
        Fault fault = new Fault(model);
        fault.check("flopPerDollar", model.flopPerDollar());
        fault.check("algorithmicMultiplier", model.algorithmicMultiplier());
        for (Lab lab : model.labs()) {
            checkLab(fault, model, lab);
        }
        if (model.month() == 0) {
            checkUsers(fault, model.population());
        }
        MarketSnapshot snapshot = model.snapshot();
        if (snapshot != null) {
            checkSnapshot(fault, snapshot);
        }
        MarketTally tally = model.tally();
        if (tally != null && snapshot != null) {
            checkTally(fault, tally, snapshot.optionCount());
        }
        Ledger ledger = model.ledger();
        fault.check("ledger revenueUsd", ledger.revenueUsd());
        fault.check("ledger raisesUsd", ledger.raisesUsd());
        fault.check("ledger spendUsd", ledger.spendUsd());
    }

    private static void checkLab(Fault fault, IndustryModel model, Lab lab) {
        String at = "lab " + lab.getIndex() + " \"" + lab.getId() + "\" ";
        fault.check(at + "cashUsd", lab.getCashUsd());
        fault.check(at + "lastRevenueUsd", lab.getLastRevenueUsd());
        fault.check(at + "revenueUsd", lab.getRevenueUsd());
        fault.check(at + "preTrainingUsd", lab.getPreTrainingUsd());
        fault.check(at + "postTrainingUsd", lab.getPostTrainingUsd());
        fault.check(at + "inferenceUsd", lab.getInferenceUsd());
        fault.check(at + "idaUsd", lab.getIdaUsd());
        fault.check(at + "raisedUsd", lab.getRaisedUsd());
        fault.check(at + "capacityFlop", lab.getCapacityFlop());
        fault.check(at + "demandFlop", lab.getDemandFlop());
        fault.check(at + "subscribers", lab.getSubscribers());
        fault.check(at + "throttle", lab.getThrottle());
        fault.check(at + "userShare", model.userShare(lab.getIndex()));
        fault.check(at + "subscriberShare", model.subscriberShare(lab.getIndex()));
        fault.check(at + "allocation.pre", lab.getAllocation().pre());
        fault.check(at + "allocation.post", lab.getAllocation().post());
        fault.check(at + "allocation.inference", lab.getAllocation().inference());
        fault.check(at + "allocation.ida", lab.getAllocation().ida());
        TrainedModel deployed = lab.deployed();
        if (deployed != null) {
            fault.check(at + "deployed model baseE", deployed.baseE());
            fault.check(at + "deployed model plateauOom", deployed.plateauOom());
            fault.check(at + "deployed model parameters", deployed.shape().parameters());
            fault.check(at + "deployed model deploymentFlop", deployed.deploymentFlop());
        }
        TrainingRun run = lab.run();
        if (run != null) {
            fault.check(at + "training run physicalFlop", run.physicalFlop());
            fault.check(at + "training run effectiveFlop", run.effectiveFlop());
            fault.check(at + "training run postTrainingFlop", run.postTrainingFlop());
        }
        for (int slot = 0; slot < lab.menu().size(); slot++) {
            Tier tier = lab.menu().get(slot);
            fault.check(at + "tier " + slot + " priceUsdPerMonth", tier.priceUsdPerMonth());
            fault.check(at + "tier " + slot + " inferenceMultiplier", tier.inferenceMultiplier());
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
        for (int a = 0; a < m.awareCount(); a++) {
            fault.check("awareness weight of lab " + m.awareLab(a), m.awarenessCumulative(a));
        }
        fault.check("outside option eReasoning", m.outsideEReasoning());
        fault.check("outside option eIntuitive", m.outsideEIntuitive());
        fault.check("outside option flopPerQuery", m.outsideFlopPerQuery());
    }

    private static void checkTally(Fault fault, MarketTally t, int options) {
        for (int o = 0; o < options; o++) {
            fault.checkUserSum("users' sum of subscribers on option " + o, t.optionUsers(o));
            fault.checkUserSum("users' sum of queries on option " + o, t.optionQueries(o));
        }
        fault.checkUserSum("users' sum of queries on the outside option", t.outsideQueries());
        fault.checkUserSum("users' sum of success probability", t.successSum());
        fault.checkUserSum("paying users' mean E", t.paidMeanE());
        fault.checkUserSum("paying users' sd of E", t.paidSdE());
        for (int d = 0; d < MarketTally.DECILES; d++) {
            fault.checkUserSum("income decile " + d + " mean E", t.decileMeanE(d));
        }
    }

    private static void checkUsers(Fault fault, Population pop) {
        UserColumns cols = UserColumns.of(pop);
        for (int i = 0; i < pop.size(); i++) {
            fault.check("user " + i + " incomeUsdPerMonth", pop.income(i));
            fault.check("user " + i + " reasoningShare", cols.reasoningShare[i]);
            fault.check("user " + i + " difficultyE", cols.difficultyE[i]);
            fault.check("user " + i + " queriesPerMonth", cols.queriesPerMonth[i]);
            fault.check("user " + i + " valueUsdPerMonth", cols.valueUsdPerMonth[i]);
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

        /** A bad sum over users: name the first user whose own numbers are bad, if one is. */
        void checkUserSum(String quantity, double value) {
            if (Double.isFinite(value)) {
                return;
            }
            checkUsers(this, model.population());
            throw fault(quantity, value);
        }

        private NumericalFaultException fault(String quantity, double value) {
            int month = model.month();
            String date = YearMonth.parse(model.scenario().start()).plusMonths(month).toString();
            return new NumericalFaultException(month, date, quantity, value);
        }
    }
}

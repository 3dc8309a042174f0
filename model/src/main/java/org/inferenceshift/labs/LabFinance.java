package org.inferenceshift.labs;

import java.io.Serializable;

/**
 * A lab's money: cash, this month's flows by use (reset by {@link #startMonth()}), last month's revenue
 * (the next budget's revenue term) and how many months in a row its cash has been negative. Every
 * dollar in or out goes through one method here, so cash is always the sum of its flows.
 */
public final class LabFinance implements Serializable {
    private static final long serialVersionUID = 1L;

    private final double fixedCostUsdPerMonth;
    private double cashUsd;
    private double lastRevenueUsd;
    private int negativeCashMonths;

    private double revenueUsd;
    /** The part of this month's revenue the lab's API earned (issue 18 item 5). */
    private double apiRevenueUsd;
    private double preTrainingUsd;
    private double postTrainingUsd;
    private double inferenceUsd;
    private double idaUsd;
    private double syntheticUsd;
    private double fixedUsd;
    private double complianceUsd;
    private double distillationUsd;
    private double raisedUsd;

    public LabFinance(double cashUsd, double lastRevenueUsd, double fixedCostUsdPerMonth) {
        this.cashUsd = cashUsd;
        this.lastRevenueUsd = lastRevenueUsd;
        this.fixedCostUsdPerMonth = fixedCostUsdPerMonth;
    }

    /** Clears the month's flows. */
    public void startMonth() {
        revenueUsd = 0;
        apiRevenueUsd = 0;
        preTrainingUsd = 0;
        postTrainingUsd = 0;
        inferenceUsd = 0;
        idaUsd = 0;
        syntheticUsd = 0;
        fixedUsd = 0;
        complianceUsd = 0;
        distillationUsd = 0;
        raisedUsd = 0;
    }

    public void payFixedCosts() {
        fixedUsd = fixedCostUsdPerMonth;
        cashUsd -= fixedUsd;
    }

    /** Records the month's spend by use and takes it from cash. */
    public void spend(double pre, double post, double inference, double ida) {
        spend(pre, post, inference, ida, 0);
    }

    /** Records the month's spend by use, synthetic data included, and takes it from cash. */
    public void spend(double pre, double post, double inference, double ida, double synthetic) {
        preTrainingUsd = pre;
        postTrainingUsd = post;
        inferenceUsd = inference;
        idaUsd = ida;
        syntheticUsd = synthetic;
        cashUsd -= pre + post + inference + ida + synthetic;
    }

    public void receiveRevenue(double usd) {
        revenueUsd = usd;
        cashUsd += usd;
    }

    /** The month's API revenue: added to the month's revenue (set first by {@link #receiveRevenue}) and to cash. */
    public void receiveApiRevenue(double usd) {
        apiRevenueUsd = usd;
        revenueUsd += usd;
        cashUsd += usd;
    }

    public void payCompliance(double usd) {
        complianceUsd += usd;
        cashUsd -= usd;
    }

    /** The one-off compute of distilling the flagship into a smaller model (ModelFamily). */
    public void payDistillation(double usd) {
        distillationUsd += usd;
        cashUsd -= usd;
    }

    public void receiveRaise(double usd) {
        raisedUsd += usd;
        cashUsd += usd;
    }

    /** Closes the month: this month's revenue becomes the next budget's revenue term. */
    public void closeMonth() {
        lastRevenueUsd = revenueUsd;
        negativeCashMonths = cashUsd < 0 ? negativeCashMonths + 1 : 0;
    }

    /** Total spend this month (all five uses plus fixed, compliance and distillation costs). */
    public double getSpendUsd() {
        return preTrainingUsd + postTrainingUsd + inferenceUsd + idaUsd + syntheticUsd + fixedUsd + complianceUsd
                + distillationUsd;
    }

    public double getFixedCostUsdPerMonth() { return fixedCostUsdPerMonth; }
    public double getCashUsd() { return cashUsd; }
    public double getLastRevenueUsd() { return lastRevenueUsd; }
    public int getNegativeCashMonths() { return negativeCashMonths; }
    public double getRevenueUsd() { return revenueUsd; }
    /** This month's API revenue, part of {@link #getRevenueUsd}. */
    public double getApiRevenueUsd() { return apiRevenueUsd; }
    public double getPreTrainingUsd() { return preTrainingUsd; }
    public double getPostTrainingUsd() { return postTrainingUsd; }
    public double getInferenceUsd() { return inferenceUsd; }
    public double getIdaUsd() { return idaUsd; }
    public double getSyntheticUsd() { return syntheticUsd; }
    public double getFixedUsd() { return fixedUsd; }
    public double getComplianceUsd() { return complianceUsd; }
    public double getDistillationUsd() { return distillationUsd; }
    public double getRaisedUsd() { return raisedUsd; }
}

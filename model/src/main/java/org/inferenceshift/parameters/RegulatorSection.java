package org.inferenceshift.parameters;

import org.inferenceshift.scenario.EvaluationChoiceKind;
import org.inferenceshift.scenario.PolicyKind;
import org.inferenceshift.scenario.RegulatorSpec;

/**
 * One regulator of the scenario's {@code regulators} list (issue 19 item 7) as inspector properties, one
 * tab per regulator; an edit sets {@code regulators.<index>.<parameter>} and is validated like a file.
 */
public final class RegulatorSection extends ParameterSection {
    private final int index;

    RegulatorSection(ScenarioParameters owner, int index, String id) {
        super(owner, "regulators." + index, "Regulator " + id);
        this.index = index;
    }

    private RegulatorSpec spec() {
        return scenario().regulators().get(index);
    }

    /** The regulator's name in its scenario (read-only: results and metrics are keyed by it). */
    public String getId() { return spec().id(); }

    /** The region it governs (read-only: regions are set in the scenario file with their users). */
    public String getRegion() { return spec().region(); }

    /** The policy kind as an index into {@link PolicyKind#values()} (a combo box in MASON). */
    public int getPolicy() { return spec().policy().ordinal(); }
    public void setPolicy(int value) { set("policy", PolicyKind.values(), value); }
    public Object domPolicy() { return names(PolicyKind.values()); }

    public double getThresholdFlop() { return spec().thresholdFlop(); }
    public void setThresholdFlop(double value) { set("thresholdFlop", value); }
    public Object domThresholdFlop() { return domain("thresholdFlop"); }

    public double getLowThresholdFlop() { return spec().lowThresholdFlop(); }
    public void setLowThresholdFlop(double value) { set("lowThresholdFlop", value); }
    public Object domLowThresholdFlop() { return domain("lowThresholdFlop"); }

    public double getReasoningPostTrainingFlop() { return spec().reasoningPostTrainingFlop(); }
    public void setReasoningPostTrainingFlop(double value) { set("reasoningPostTrainingFlop", value); }
    public Object domReasoningPostTrainingFlop() { return domain("reasoningPostTrainingFlop"); }

    public double getThresholdE() { return spec().thresholdE(); }
    public void setThresholdE(double value) { set("thresholdE", value); }
    public Object domThresholdE() { return domain("thresholdE"); }

    public double getEvalMultiplier() { return spec().evalMultiplier(); }
    public void setEvalMultiplier(double value) { set("evalMultiplier", value); }
    public Object domEvalMultiplier() { return domain("evalMultiplier"); }

    public boolean isDisclosure() { return spec().disclosure(); }
    public void setDisclosure(boolean value) { set("disclosure", value); }

    public double getComplianceFixedUsd() { return spec().complianceFixedUsd(); }
    public void setComplianceFixedUsd(double value) { set("complianceFixedUsd", value); }
    public Object domComplianceFixedUsd() { return domain("complianceFixedUsd"); }

    public double getComplianceShareOfTrainingCost() { return spec().complianceShareOfTrainingCost(); }
    public void setComplianceShareOfTrainingCost(double value) { set("complianceShareOfTrainingCost", value); }
    public Object domComplianceShareOfTrainingCost() { return domain("complianceShareOfTrainingCost"); }

    public int getReleaseDelayMonths() { return spec().releaseDelayMonths(); }
    public void setReleaseDelayMonths(int value) { set("releaseDelayMonths", value); }
    public Object domReleaseDelayMonths() { return domain("releaseDelayMonths"); }

    public double getWithholdAboveMonthsOfRevenue() { return spec().withholdAboveMonthsOfRevenue(); }
    public void setWithholdAboveMonthsOfRevenue(double value) { set("withholdAboveMonthsOfRevenue", value); }
    public Object domWithholdAboveMonthsOfRevenue() { return domain("withholdAboveMonthsOfRevenue"); }

    public double getReportingErrorOom() { return spec().reportingErrorOom(); }
    public void setReportingErrorOom(double value) { set("reportingErrorOom", value); }
    public Object domReportingErrorOom() { return domain("reportingErrorOom"); }

    public double getRevenueThresholdUsd() { return spec().revenueThresholdUsd(); }
    public void setRevenueThresholdUsd(double value) { set("revenueThresholdUsd", value); }
    public Object domRevenueThresholdUsd() { return domain("revenueThresholdUsd"); }

    public int getReviewPeriodMonths() { return spec().reviewPeriodMonths(); }
    public void setReviewPeriodMonths(int value) { set("reviewPeriodMonths", value); }
    public Object domReviewPeriodMonths() { return domain("reviewPeriodMonths"); }

    public int getReviewLagMonths() { return spec().reviewLagMonths(); }
    public void setReviewLagMonths(int value) { set("reviewLagMonths", value); }
    public Object domReviewLagMonths() { return domain("reviewLagMonths"); }

    public double getFrontierMarginOom() { return spec().frontierMarginOom(); }
    public void setFrontierMarginOom(double value) { set("frontierMarginOom", value); }
    public Object domFrontierMarginOom() { return domain("frontierMarginOom"); }

    public int getEvaluationsPerPeriod() { return spec().evaluationsPerPeriod(); }
    public void setEvaluationsPerPeriod(int value) { set("evaluationsPerPeriod", value); }
    public Object domEvaluationsPerPeriod() { return domain("evaluationsPerPeriod"); }

    public int getEvaluationMonths() { return spec().evaluationMonths(); }
    public void setEvaluationMonths(int value) { set("evaluationMonths", value); }
    public Object domEvaluationMonths() { return domain("evaluationMonths"); }

    public double getEvaluationCostUsd() { return spec().evaluationCostUsd(); }
    public void setEvaluationCostUsd(double value) { set("evaluationCostUsd", value); }
    public Object domEvaluationCostUsd() { return domain("evaluationCostUsd"); }

    /** Which models CAPABILITY_DESIGNATION evaluates first as an index into {@link EvaluationChoiceKind#values()} (a combo box in MASON). */
    public int getEvaluationChoice() { return spec().evaluationChoice().ordinal(); }
    public void setEvaluationChoice(int value) { set("evaluationChoice", EvaluationChoiceKind.values(), value); }
    public Object domEvaluationChoice() { return names(EvaluationChoiceKind.values()); }

    public double getMonitoringSiteFlopPerMonth() { return spec().monitoringSiteFlopPerMonth(); }
    public void setMonitoringSiteFlopPerMonth(double value) { set("monitoringSiteFlopPerMonth", value); }
    public Object domMonitoringSiteFlopPerMonth() { return domain("monitoringSiteFlopPerMonth"); }

    public double getDetectionProbability() { return spec().detectionProbability(); }
    public void setDetectionProbability(double value) { set("detectionProbability", value); }
    public Object domDetectionProbability() { return domain("detectionProbability"); }
}

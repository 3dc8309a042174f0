package org.inferenceshift.regulation;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.capability.TaskClass;

/**
 * A regulator's capacity to evaluate models (CAPABILITY_DESIGNATION): at most {@code perPeriod} evaluations
 * start in each review period of {@code periodMonths} (periods begin at month 0); each takes
 * {@code evaluationMonths} and costs {@code costUsd}. An evaluation measures the model's E on reasoning
 * tasks at the regulator's inference budget {@code evalMultiplier} when it starts (E at k = 1 with the IDA
 * gains the regulator sees, plus the gain within the plateau) and designates the model when its evaluation
 * ends if that E reaches {@code thresholdE}. A model is evaluated once.
 */
public final class EvaluationBudget implements Serializable {
    private static final long serialVersionUID = 1L;

    private record Evaluation(int modelId, int doneMonth, double measuredE) implements Serializable {
    }

    private final int perPeriod;
    private final int periodMonths;
    private final int evaluationMonths;
    private final double costUsd;
    private final double evalMultiplier;
    private final double thresholdE;
    private final CapabilityFunction capability;
    private final EvaluationChoice choice;
    private final List<Evaluation> running = new ArrayList<>();
    private final Set<Integer> evaluated = new HashSet<>();
    private final Set<Integer> designated = new HashSet<>();
    private int startedThisPeriod;
    private int startedThisMonth;
    private int startedTotal;
    private double spentUsd;

    public EvaluationBudget(int perPeriod, int periodMonths, int evaluationMonths, double costUsd,
                            double evalMultiplier, double thresholdE, CapabilityFunction capability,
                            EvaluationChoice choice) {
        this.perPeriod = perPeriod;
        this.periodMonths = periodMonths;
        this.evaluationMonths = evaluationMonths;
        this.costUsd = costUsd;
        this.evalMultiplier = evalMultiplier;
        this.thresholdE = thresholdE;
        this.capability = capability;
        this.choice = choice;
    }

    /** Ends the evaluations due this month, then starts as many new ones as the period's budget leaves. */
    public void step(int month, RegulatorView view) {
        for (int i = running.size() - 1; i >= 0; i--) {
            Evaluation e = running.get(i);
            if (e.doneMonth() <= month) {
                if (e.measuredE() >= thresholdE) {
                    designated.add(e.modelId());
                }
                running.remove(i);
            }
        }
        if (month % periodMonths == 0) {
            startedThisPeriod = 0;
        }
        startedThisMonth = 0;
        List<ObservedModel> candidates = new ArrayList<>();
        for (ObservedModel m : view.deployed()) {
            if (!evaluated.contains(m.model().id())) {
                candidates.add(m);
            }
        }
        for (ObservedModel m : choice.order(candidates)) {
            if (startedThisPeriod >= perPeriod) {
                break;
            }
            double e = m.visibleE() + capability.gain(TaskClass.REASONING, m.model().plateauOom(), evalMultiplier);
            running.add(new Evaluation(m.model().id(), month + evaluationMonths, e));
            evaluated.add(m.model().id());
            startedThisPeriod++;
            startedThisMonth++;
            startedTotal++;
            spentUsd += costUsd;
        }
    }

    public boolean isDesignated(int modelId) { return designated.contains(modelId); }
    public int running() { return running.size(); }
    public int startedThisPeriod() { return startedThisPeriod; }
    public int startedThisMonth() { return startedThisMonth; }
    public int startedTotal() { return startedTotal; }
    public int designatedCount() { return designated.size(); }
    /** What the evaluations started so far cost the regulator (public money: no lab pays it). */
    public double spentUsd() { return spentUsd; }
    public double costUsd() { return costUsd; }
}

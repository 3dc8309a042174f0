package org.inferenceshift.regulation;

import ec.util.MersenneTwisterFast;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.capability.CapabilityFunction;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.scenario.RegulatorSpec;

/**
 * A regulator of one region (DESIGN §8): its policy, what coverage costs, and what it can see. It sees the
 * models labs deploy, their training compute as reported (with {@code reportingErrorOom}); with
 * {@code disclosure} it also sees their internal models (unreleased IDA gains). Its state: the revisable
 * threshold ({@link ThresholdState}, revised by its {@link ReviewRule}), its {@link EvaluationBudget}, and
 * the month's record of coverage ({@link RegulatorMonth}).
 */
public final class Regulator implements Serializable {
    private static final long serialVersionUID = 2L;

    private final int index;
    private final RegulatorSpec spec;
    private final int region;
    private final ThresholdState threshold;
    private final RegulatoryPolicy policy;
    private final ReviewRule reviewRule;
    private final EvaluationBudget evaluations;
    private final MersenneTwisterFast random;
    /** Per model id: reported over true training compute, drawn the first time the regulator sees the model. */
    private final Map<Integer, Double> reportFactor = new HashMap<>();
    /** Per lab id: the largest reported training compute of any model it has trained. */
    private final Map<String, Double> labLargestFlop = new HashMap<>();
    /** Per model id: the month the regulator first covered it. */
    private final Map<Integer, Integer> firstCoveredMonth = new HashMap<>();
    /** Per lab id (disclosure with detectionProbability below 1): internal E gain and plan at the last detection. */
    private final Map<String, double[]> detected = new HashMap<>();
    private int detections;
    private RegulatorView view = new RegulatorView(List.of(), 0, Double.NaN);
    private RegulatorMonth thisMonth = RegulatorMonth.EMPTY;

    /**
     * @param random the model's generator, drawn from only when {@code reportingErrorOom > 0} (may be null then)
     */
    public Regulator(int index, RegulatorSpec spec, int region, CapabilityFunction capability, MersenneTwisterFast random) {
        this.index = index;
        this.spec = spec;
        this.region = region;
        this.threshold = new ThresholdState(spec.thresholdFlop());
        this.policy = Policies.of(spec, capability, threshold);
        this.reviewRule = Policies.reviewRule(spec, threshold);
        this.evaluations = Policies.evaluationBudget(spec, capability);
        this.random = random;
    }

    public Regulator(int index, RegulatorSpec spec, int region, CapabilityFunction capability) {
        this(index, spec, region, capability, null);
    }

    public int index() { return index; }
    public RegulatorSpec spec() { return spec; }
    public int region() { return region; }
    public RegulatoryPolicy policy() { return policy; }
    public boolean disclosure() { return spec.disclosure(); }
    public ThresholdState threshold() { return threshold; }
    public EvaluationBudget evaluations() { return evaluations; }
    /** What the regulator observed at this month's review. */
    public RegulatorView view() { return view; }
    /** This month's coverage record (counts, latencies, compliance paid). */
    public RegulatorMonth month() { return thisMonth; }

    /** Training compute of {@code model} as its lab reports it to this regulator. */
    public double reportedTrainingFlop(TrainedModel model) {
        double flop = model.physicalFlop() + model.postTrainingFlop();
        if (spec.reportingErrorOom() <= 0) {
            return flop;
        }
        Double factor = reportFactor.get(model.id());
        if (factor == null) {
            factor = Math.pow(10, spec.reportingErrorOom() * random.nextGaussian());
            reportFactor.put(model.id(), factor);
        }
        return flop * factor;
    }

    /**
     * The month's review, before coverage: observes the industry (every model trained so far, in id order,
     * for the labs' largest reported compute; the active labs' deployed models), lets the review rule revise
     * the threshold and the evaluation budget end and start evaluations.
     */
    public void review(int month, List<Lab> labs, List<TrainedModel> models) {
        for (TrainedModel m : models) {
            labLargestFlop.merge(m.labId(), reportedTrainingFlop(m), Math::max);
        }
        detect(month, labs);
        List<ObservedModel> deployed = new ArrayList<>();
        double largest = 0;
        double bestE = Double.NaN;
        double planned = 0;
        for (Lab lab : labs) {
            if (lab.isActive() && disclosure()) {
                planned = Math.max(planned, disclosedPlanFlop(lab, month));
            }
            if (!lab.isActive() || lab.deployed() == null) {
                continue;
            }
            TrainedModel m = lab.deployed();
            double reported = reportedTrainingFlop(m);
            double e = m.baseE() + visibleIda(lab);
            deployed.add(new ObservedModel(lab.getIndex(), m, reported, e, 12 * lab.finance().getLastRevenueUsd()));
            largest = Math.max(largest, reported);
            bestE = Double.isNaN(bestE) ? e : Math.max(bestE, e);
        }
        view = new RegulatorView(deployed, largest, bestE, planned);
        reviewRule.review(month, view);
        evaluations.step(month, view);
        thisMonth = RegulatorMonth.start(evaluations.startedThisMonth(), evaluations.running(),
                evaluations.startedThisMonth() * evaluations.costUsd());
    }

    /**
     * With disclosure and a detection probability below 1, labs disclose only what the regulator detects:
     * each active lab, in index order, is detected with that probability this month (one draw each), and
     * the regulator then learns its internal gain and its plan.
     */
    private void detect(int month, List<Lab> labs) {
        if (!disclosure() || spec.detectionProbability() >= 1) {
            return;
        }
        for (Lab lab : labs) {
            if (lab.isActive() && random.nextDouble() < spec.detectionProbability()) {
                detected.put(lab.getId(), new double[] {lab.ida().getInternalE(), planFlop(lab, month)});
                detections++;
            }
        }
    }

    /** The run in progress projected linearly to its end: so far x trainingMonths / months elapsed (0: none). */
    private static double planFlop(Lab lab, int month) {
        var run = lab.training().run();
        if (run == null || run.trainingFlop() <= 0) {
            return 0;
        }
        return run.trainingFlop() * lab.getTrainingMonths() / Math.max(1, run.monthsElapsed(month));
    }

    private double disclosedPlanFlop(Lab lab, int month) {
        if (spec.detectionProbability() >= 1) {
            return planFlop(lab, month);
        }
        double[] d = detected.get(lab.getId());
        return d == null ? 0 : d[1];
    }

    /** Detections of undisclosed internal capability so far (disclosure with detectionProbability below 1). */
    public int detections() { return detections; }

    private double visibleIda(Lab lab) {
        if (!disclosure()) {
            return lab.ida().getDeployedE();
        }
        if (spec.detectionProbability() >= 1) {
            return lab.ida().getInternalE();
        }
        double[] d = detected.get(lab.getId());
        return Math.max(lab.ida().getDeployedE(), d == null ? 0 : d[0]);
    }

    /** Whether the policy covers {@code model} as {@code lab} serves it (internal gains counted with disclosure). */
    public boolean covers(Lab lab, TrainedModel model) {
        return coversAtRevenue(lab, model, 12 * lab.finance().getLastRevenueUsd());
    }

    /** As {@link #covers}, had the lab's annual revenue been {@code annualRevenueUsd}. */
    public boolean coversAtRevenue(Lab lab, TrainedModel model, double annualRevenueUsd) {
        double reported = reportedTrainingFlop(model);
        double labLargest = Math.max(labLargestFlop.getOrDefault(lab.getId(), 0.0), reported);
        return policy.covers(new CoverageFacts(reported, model.postTrainingFlop(), model.baseE() + visibleIda(lab),
                model.plateauOom(), lab.menu().maxMultiplier(), model.largestSiteFlopPerMonth(), labLargest,
                annualRevenueUsd, evaluations.isDesignated(model.id())));
    }

    /** Records this month's coverage decision on a lab's deployed model (latency counted at first coverage). */
    public void recordCoverage(TrainedModel model, boolean covered, int month) {
        if (!covered) {
            return;
        }
        Integer first = firstCoveredMonth.putIfAbsent(model.id(), month);
        boolean newly = first == null;
        double latency = newly && model.isReleased() ? month - model.releaseStep() : Double.NaN;
        thisMonth = thisMonth.withCovered(newly, latency);
    }

    /** Records compliance a lab paid this regulator this month. */
    public void recordCompliance(double usd) {
        thisMonth = thisMonth.withCompliance(usd);
    }

    /** Compliance cost of covering a model whose final training run cost {@code runCostUsd}. */
    public double complianceCostUsd(double runCostUsd) {
        return spec.complianceFixedUsd() + spec.complianceShareOfTrainingCost() * runCostUsd;
    }
}

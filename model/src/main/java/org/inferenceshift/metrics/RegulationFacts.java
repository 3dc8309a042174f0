package org.inferenceshift.metrics;

import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.regulation.RegulatoryPolicy;

/** The regulation metrics (DESIGN §9), each from the inputs it names. */
final class RegulationFacts {
    private RegulationFacts() {
    }

    static double modelsCovered(List<DeployedModel> deployments) {
        int covered = 0;
        for (DeployedModel d : deployments) {
            if (d.covered()) {
                covered++;
            }
        }
        return covered;
    }

    /** Of the queries served at E &gt;= {@code dangerE}, the share served by labs the user's region covers. */
    static double coveredHighCapabilityUsageShare(MarketSnapshot m, MarketTally t, double dangerE,
                                                  CoversLabInRegion coverage) {
        double high = 0;
        double covered = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            if (m.eReasoning(o) < dangerE) {
                continue;
            }
            for (int r = 0; r < m.regionCount(); r++) {
                double queries = t.optionRegionQueries(r, o, m.optionCount());
                high += queries;
                if (coverage.covers(m.optionLab(o), r)) {
                    covered += queries;
                }
            }
        }
        return high > 0 ? covered / high : Double.NaN;
    }

    static double runsBelowThreshold(List<TrainedModel> models, List<RegulatoryPolicy> policies, double bandOom) {
        return runsNearThreshold(models, policies, bandOom, -1);
    }

    static double bunchingShare(List<TrainedModel> models, List<RegulatoryPolicy> policies, double bandOom) {
        double below = runsNearThreshold(models, policies, bandOom, -1);
        double above = runsNearThreshold(models, policies, bandOom, +1);
        return below + above > 0 ? below / (below + above) : Double.NaN;
    }

    /**
     * Trained models within {@code bandOom} below (side -1) or above (side +1) some policy's training
     * threshold.
     */
    private static int runsNearThreshold(List<TrainedModel> models, List<RegulatoryPolicy> policies, double bandOom,
                                         int side) {
        double band = Math.pow(10, bandOom);
        int count = 0;
        for (TrainedModel trained : models) {
            double training = trained.physicalFlop() + trained.postTrainingFlop();
            for (RegulatoryPolicy policy : policies) {
                OptionalDouble threshold = policy.trainingThreshold(trained.postTrainingFlop());
                if (threshold.isEmpty()) {
                    continue;
                }
                double t = threshold.getAsDouble();
                boolean near = side < 0 ? training < t && training >= t / band : training >= t && training < t * band;
                if (near) {
                    count++;
                    break;
                }
            }
        }
        return count;
    }

    /** The internal lead as regulators see it: the true gap if some regulator requires disclosure, else 0. */
    static double visibleInternalGapE(boolean disclosureRequired, double maxInternalE, double maxDeployedE) {
        return disclosureRequired ? Math.max(0, maxInternalE - maxDeployedE) : 0;
    }

    /** Of all queries, the share served at E &gt;= {@code dangerE} by models the user's region does not cover. */
    static double falseNegativeUsageShare(MarketSnapshot m, MarketTally t, double dangerE, CoversLabInRegion coverage) {
        double all = 0;
        double missed = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            for (int r = 0; r < m.regionCount(); r++) {
                double queries = t.optionRegionQueries(r, o, m.optionCount());
                all += queries;
                if (m.eReasoning(o) >= dangerE && !coverage.covers(m.optionLab(o), r)) {
                    missed += queries;
                }
            }
        }
        return all > 0 ? missed / all : Double.NaN;
    }

    /** Covered deployed models whose E at their lab's top tier is below {@code dangerE}. */
    static int falsePositiveModels(List<DeployedModel> deployments, double dangerE, Predicate<DeployedModel> covered) {
        int count = 0;
        for (DeployedModel d : deployments) {
            if (d.topE() < dangerE && covered.test(d)) {
                count++;
            }
        }
        return count;
    }

    /** Trained models whose run was split across more than one site. */
    static double runsSplitAcrossSites(List<TrainedModel> models) {
        int count = 0;
        for (TrainedModel m : models) {
            if (m.trainingSites() > 1) {
                count++;
            }
        }
        return count;
    }

    /** The true frontier (E at k = 1 with internal gains) less the best E a regulator sees; NaN without regulators. */
    static double frontierGapE(int regulators, double trueE, double seenE) {
        if (regulators == 0 || Double.isNaN(trueE)) {
            return Double.NaN;
        }
        return Double.isNaN(seenE) ? Double.NaN : Math.max(0, trueE - seenE);
    }
}

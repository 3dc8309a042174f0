package org.inferenceshift.metrics;

import java.util.OptionalDouble;
import org.inferenceshift.labs.Lab;
import org.inferenceshift.labs.TrainedModel;
import org.inferenceshift.market.MarketSnapshot;
import org.inferenceshift.market.MarketTally;
import org.inferenceshift.regulation.Regulator;
import org.inferenceshift.sim.IndustryModel;

/** The regulation metrics (DESIGN §9), computed from the month's facts. */
final class RegulationFacts {
    /** Width of the band below a threshold in which a run counts as bunched (DESIGN §9). */
    static final double BUNCHING_BAND_OOM = 0.3;

    private RegulationFacts() {
    }

    static double modelsCovered(MonthFacts f) {
        int covered = 0;
        for (Lab lab : f.model().labs()) {
            if (lab.isActive() && lab.deployed() != null && lab.standing().isCovered()) {
                covered++;
            }
        }
        return covered;
    }

    static double coveredHighCapabilityUsageShare(MonthFacts f) {
        IndustryModel model = f.model();
        MarketSnapshot m = model.snapshot();
        MarketTally t = model.tally();
        double danger = model.scenario().capability().dangerE();
        double high = 0;
        double covered = 0;
        for (int o = 0; o < m.optionCount(); o++) {
            if (m.eReasoning(o) < danger) {
                continue;
            }
            Lab lab = model.labs().get(m.optionLab(o));
            for (int r = 0; r < m.regionCount(); r++) {
                double queries = t.optionRegionQueries(r, o, m.optionCount());
                high += queries;
                if (coveredIn(model, lab, r)) {
                    covered += queries;
                }
            }
        }
        return high > 0 ? covered / high : Double.NaN;
    }

    private static boolean coveredIn(IndustryModel model, Lab lab, int region) {
        for (Regulator regulator : model.regulators()) {
            if (regulator.region() == region && lab.standing().isCoveredBy(regulator.index())) {
                return true;
            }
        }
        return false;
    }

    static double runsBelowThreshold(MonthFacts f) {
        return runsNearThreshold(f.model(), -1);
    }

    static double bunchingShare(MonthFacts f) {
        double below = runsNearThreshold(f.model(), -1);
        double above = runsNearThreshold(f.model(), +1);
        return below + above > 0 ? below / (below + above) : Double.NaN;
    }

    /** Trained models within the bunching band below (side -1) or above (side +1) some training threshold. */
    private static int runsNearThreshold(IndustryModel model, int side) {
        double band = Math.pow(10, BUNCHING_BAND_OOM);
        int count = 0;
        for (TrainedModel trained : model.models()) {
            double training = trained.physicalFlop() + trained.postTrainingFlop();
            for (Regulator regulator : model.regulators()) {
                OptionalDouble threshold = regulator.policy().trainingThreshold(trained.postTrainingFlop());
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

    static double visibleInternalGapE(MonthFacts f) {
        for (Regulator regulator : f.model().regulators()) {
            if (regulator.disclosure()) {
                return Math.max(0, f.maxInternalE() - f.maxDeployedE());
            }
        }
        return 0;
    }
}

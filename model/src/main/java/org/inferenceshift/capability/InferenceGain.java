package org.inferenceshift.capability;

import java.io.Serializable;
import org.inferenceshift.scenario.GainShape;

/**
 * The capability a model gains from serving at inference multiplier k &gt;= 1, given its slope beta per OOM
 * of k at k = 1 and its plateau P (OOM of k). Below k = 1 (a throttled lab) every shape continues with
 * slope beta; that branch is {@link CapabilityFunction}'s.
 */
public interface InferenceGain extends Serializable {
    /** Relative rounding within which a requested gain counts as exactly the plateau's. */
    double PLATEAU_TOLERANCE = 1e-12;

    /** Gain in E at log10 k = {@code oomK} &gt;= 0. */
    double gain(double beta, double plateau, double oomK);

    /** The smallest log10 k &gt;= 0 whose gain reaches {@code gain} &gt; 0; +infinity if none does. */
    double oomForGain(double beta, double plateau, double gain);

    static InferenceGain of(GainShape shape) {
        return switch (shape) {
            case HARD -> new HardPlateau();
            case SATURATING -> new SaturatingPlateau();
        };
    }

    /**
     * gain = beta min(log10 k, P): a straight line in log k until 10^P, flat beyond it. The source texts'
     * reading of the reasoning-model scaling curves, whose plateaus no amount of inference exceeds.
     */
    record HardPlateau() implements InferenceGain {
        @Override
        public double gain(double beta, double plateau, double oomK) {
            return beta * Math.min(oomK, plateau);
        }

        @Override
        public double oomForGain(double beta, double plateau, double gain) {
            double oom = beta > 0 ? gain / beta : Double.POSITIVE_INFINITY;
            // gain = beta P exactly (to rounding) is reached at the plateau itself
            return oom <= plateau * (1 + PLATEAU_TOLERANCE) ? Math.min(oom, plateau) : Double.POSITIVE_INFINITY;
        }
    }

    /**
     * gain = beta P (1 - exp(-log10 k / P)): bends smoothly and reaches beta P only as k goes to infinity,
     * so ever larger k still buys a little (the rule before the hard plateau became the default).
     */
    record SaturatingPlateau() implements InferenceGain {
        @Override
        public double gain(double beta, double plateau, double oomK) {
            return beta * plateau * (1 - Math.exp(-oomK / plateau));
        }

        @Override
        public double oomForGain(double beta, double plateau, double gain) {
            double ceiling = beta * plateau;
            return gain < ceiling ? -plateau * Math.log(1 - gain / ceiling) : Double.POSITIVE_INFINITY;
        }
    }
}

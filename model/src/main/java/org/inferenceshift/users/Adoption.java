package org.inferenceshift.users;

import java.io.Serializable;

/**
 * Issue 18 item 4: people start using AI over time by Bass (1969) diffusion. The share of potential users
 * who have adopted by time t (years since month 0) is the Bass path through {@code initialShare} at t = 0,
 * {@code F(t) = (1 - e^-(p+q)(t+t0)) / (1 + (q/p) e^-(p+q)(t+t0))}, with t0 the time at which the
 * path from zero reaches the initial share. Each person has a fixed adoption threshold, uniform on [0, 1)
 * and a pure function of (salt, user) like the brand tastes; a person uses AI from the first month whose
 * F(t) exceeds its threshold. Thresholds are the inverse-CDF draws of adoption times, so the adopters'
 * share follows F(t) up to sampling noise, and the state costs one boolean per user.
 *
 * @param innovation     p, per year
 * @param imitation      q, per year
 * @param initialShare   F at month 0; 1 switches adoption off (everyone uses AI from the start)
 * @param salt           run-specific salt, so thresholds differ between seeds
 */
public record Adoption(double innovation, double imitation, double initialShare, long salt) implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Mixed into the salt the run hands over, so thresholds are not the brand tastes' hash. */
    private static final long ADOPTION_SALT = 0x632BE59BD9B4E019L;

    /** The adopters' share of potential users at month {@code month}. */
    public double share(int month) {
        if (initialShare >= 1) {
            return 1;
        }
        double p = innovation;
        double q = imitation;
        double t = month / 12.0 + startYears();
        if (p == 0) {
            // pure imitation: logistic through initialShare
            double odds = initialShare / (1 - initialShare) * Math.exp(q * (month / 12.0));
            return odds / (1 + odds);
        }
        double e = Math.exp(-(p + q) * t);
        return (1 - e) / (1 + (q / p) * e);
    }

    /** t0: years the Bass path from zero takes to reach the initial share (requires p > 0). */
    private double startYears() {
        if (innovation == 0) {
            return 0;
        }
        double e = (1 - initialShare) / (1 + initialShare * imitation / innovation);
        return -Math.log(e) / (innovation + imitation);
    }

    /** Person {@code user}'s adoption threshold, uniform on (0, 1): it uses AI once the share exceeds it. */
    public double threshold(int user) {
        long z = (salt ^ ADOPTION_SALT) + user * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return ((z >>> 11) + 0.5) * 0x1.0p-53;
    }

    /**
     * Marks who does not use AI yet at month 0: everyone whose threshold is at or above the initial share,
     * except those the scenario puts on a lab's tier (they use it).
     */
    public void initialise(Population pop) {
        double f = share(0);
        for (int i = 0; i < pop.size(); i++) {
            pop.notYetUsingAi[i] = pop.currentLab[i] == Population.OUTSIDE && threshold(i) >= f;
        }
    }
}

package org.inferenceshift.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Issue 18 item 4: the Bass adoption path against the closed form by hand and an independent integration. */
class AdoptionTest {
    @Test
    void oneYearFromZeroMatchesTheClosedFormByHand() {
        // p = 0.03, q = 0.38 (Sultan, Farley and Lehmann 1990), F(0) = 0, t = 1 year:
        // e^-(p+q) = e^-0.41 = 0.66365025; F = (1 - 0.66365025) / (1 + (0.38/0.03) 0.66365025) = 0.33634975 / 9.40623650
        Adoption a = new Adoption(0.03, 0.38, 0, 1L);
        assertEquals(0, a.share(0), 1e-15);
        assertEquals(0.33634975 / 9.40623650, a.share(12), 1e-8);
    }

    @Test
    void monthlyPathFollowsTheBassEquationIntegratedNumerically() {
        // dF/dt = (p + q F)(1 - F) from F(0) = 0.1, integrated by classical Runge-Kutta in steps of 1/1200 year:
        // a method that never uses the closed form
        double p = 0.03;
        double q = 1.9;
        Adoption a = new Adoption(p, q, 0.1, 1L);
        double f = 0.1;
        int steps = 100;
        double h = 1.0 / 12 / steps;
        for (int month = 0; month <= 60; month++) {
            assertEquals(f, a.share(month), 1e-9, "month " + month);
            for (int k = 0; k < steps; k++) {
                double k1 = rate(p, q, f);
                double k2 = rate(p, q, f + h / 2 * k1);
                double k3 = rate(p, q, f + h / 2 * k2);
                double k4 = rate(p, q, f + h * k3);
                f += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4);
            }
        }
    }

    @Test
    void pureImitationIsTheLogisticThroughTheInitialShare() {
        // p = 0: dF/dt = q F (1 - F), odds grow by e^q a year; from 0.2 (odds 0.25), one year at q = 0.5: 0.25 e^0.5
        Adoption a = new Adoption(0, 0.5, 0.2, 1L);
        double odds = 0.25 * Math.exp(0.5);
        assertEquals(odds / (1 + odds), a.share(12), 1e-12);
    }

    @Test
    void offMeansEveryoneFromTheStartAndThresholdsAreUniform() {
        assertEquals(1.0, new Adoption(0.03, 0.38, 1, 5L).share(0), 0.0);
        Adoption a = new Adoption(0.03, 0.38, 0.1, 5L);
        int n = 100_000;
        int below = 0;
        for (int i = 0; i < n; i++) {
            double u = a.threshold(i);
            assertTrue(u > 0 && u < 1);
            below += u < 0.3 ? 1 : 0;
        }
        // binomial sd sqrt(0.3 * 0.7 / 1e5) = 0.00145
        assertEquals(0.3, below / (double) n, 0.006);
    }

    private static double rate(double p, double q, double f) {
        return (p + q * f) * (1 - f);
    }
}

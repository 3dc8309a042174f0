package org.inferenceshift.labs;

import ec.util.MersenneTwisterFast;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.scenario.AllocationShares;

/** A market view for decision tests: labs as plain settable faces, fixed figures, a generator chosen by the test. */
final class StubMarket implements MarketView {
    final List<Face> labs = new ArrayList<>();
    double[] subscriberShares = new double[0];
    double[] userShares = new double[0];
    double flopPerDollar = 1e18;
    double forecastReasoningE = 20;
    double frontierReasoningE = 20;
    MersenneTwisterFast random = new MersenneTwisterFast(1);
    int month;

    /** A lab's public face with every field set by the test. */
    static final class Face implements LabView {
        final int index;
        boolean active = true;
        double revenueUsd;
        double spendUsd;
        AllocationShares allocation = new AllocationShares(0.5, 0.05, 0.45, 0);
        double tokensPerParameter = 20;
        double lastFitness = Double.NaN;
        TrainedModel deployed;

        Face(int index) {
            this.index = index;
        }

        @Override public int getIndex() { return index; }
        @Override public String getId() { return "lab-" + index; }
        @Override public boolean isActive() { return active; }
        @Override public double getRevenueUsd() { return revenueUsd; }
        @Override public double getSpendUsd() { return spendUsd; }
        @Override public AllocationShares getAllocation() { return allocation; }
        @Override public double getTokensPerParameter() { return tokensPerParameter; }
        @Override public double getLastFitness() { return lastFitness; }
        @Override public TrainedModel deployed() { return deployed; }
    }

    Face addLab() {
        Face face = new Face(labs.size());
        labs.add(face);
        subscriberShares = java.util.Arrays.copyOf(subscriberShares, labs.size());
        userShares = java.util.Arrays.copyOf(userShares, labs.size());
        return face;
    }

    /** A model of 1e24 FLOP at 20 tokens per parameter whose plateau is {@code plateauOom}. */
    static TrainedModel model(double plateauOom) {
        return new TrainedModel(0, "lab-0", 0, 1e24, 1e24, 1e22, ModelShape.fromCompute(1e24, 20), 24,
                plateauOom, false);
    }

    @Override public List<? extends LabView> labs() { return labs; }
    @Override public double subscriberShare(int lab) { return subscriberShares[lab]; }
    @Override public double userShare(int lab) { return userShares[lab]; }
    @Override public double flopPerDollar() { return flopPerDollar; }
    @Override public double forecastReasoningE(int lab) { return forecastReasoningE; }
    @Override public double frontierReasoningE() { return frontierReasoningE; }
    @Override public MersenneTwisterFast random() { return random; }
    @Override public int month() { return month; }

    /** A generator that returns the draws the test scripts, in order, and fails on any draw not scripted. */
    static final class ScriptedRandom extends MersenneTwisterFast {
        private static final long serialVersionUID = 1L;
        private final Deque<Object> draws = new ArrayDeque<>();

        ScriptedRandom then(Object... values) {
            draws.addAll(List.of(values));
            return this;
        }

        boolean exhausted() {
            return draws.isEmpty();
        }

        @Override
        public int nextInt(int n) {
            int v = (Integer) next("nextInt");
            if (v < 0 || v >= n) {
                throw new AssertionError("scripted nextInt " + v + " outside [0, " + n + ")");
            }
            return v;
        }

        @Override
        public boolean nextBoolean() {
            return (Boolean) next("nextBoolean");
        }

        @Override
        public double nextDouble() {
            return (Double) next("nextDouble");
        }

        private Object next(String what) {
            if (draws.isEmpty()) {
                throw new AssertionError("unscripted draw: " + what);
            }
            return draws.poll();
        }
    }
}

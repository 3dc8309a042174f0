package org.inferenceshift.regulation;

import java.io.Serializable;
import java.util.ArrayDeque;

/**
 * The revisable part of a regulator's rule: its training threshold now, and the revisions decided at
 * reviews that take effect at later months (in the order decided).
 */
public final class ThresholdState implements Serializable {
    private static final long serialVersionUID = 1L;

    private double thresholdFlop;
    /** Pending revisions: {threshold FLOP, month from which it applies}, oldest first. */
    private final ArrayDeque<double[]> pending = new ArrayDeque<>();

    public ThresholdState(double thresholdFlop) {
        this.thresholdFlop = thresholdFlop;
    }

    public double thresholdFlop() { return thresholdFlop; }
    public int pendingRevisions() { return pending.size(); }

    /** Decides a revision to {@code flop} that applies from {@code fromMonth}. */
    void schedule(double flop, int fromMonth) {
        pending.addLast(new double[] {flop, fromMonth});
    }

    /** Puts in force every pending revision whose month has come. */
    void applyDue(int month) {
        while (!pending.isEmpty() && pending.peekFirst()[1] <= month) {
            thresholdFlop = pending.pollFirst()[0];
        }
    }
}

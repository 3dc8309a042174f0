package org.inferenceshift.sim;

/**
 * A quantity of the simulation state became NaN or infinite. The run cannot be trusted from that month
 * on, so it stops; the message names the month, the quantity and the lab or user it belongs to. The CLI
 * maps it to exit code 1 (a failed run) and writes no results.
 */
public final class NumericalFaultException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int month;
    private final String quantity;

    NumericalFaultException(int month, String date, String quantity, double value) {
        super("numerical fault in month " + month + " (" + date + "): " + quantity + " = " + value
                + " (every quantity of the state must be a finite number)");
        this.month = month;
        this.quantity = quantity;
    }

    /** The month (step, from 0) at whose end the fault was found. */
    public int month() {
        return month;
    }

    /** The quantity, with its lab or user, e.g. {@code lab 2 "frontier-c" cashUsd}. */
    public String quantity() {
        return quantity;
    }
}

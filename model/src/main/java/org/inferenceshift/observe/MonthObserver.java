package org.inferenceshift.observe;

import java.io.Serializable;

/**
 * Something that watches a simulation month by month: the model calls every observer the run attached,
 * in the order attached, once each month after the month has settled. Observers are Serializable because
 * they belong to the model's state: a MASON checkpoint carries them (and what they recorded) along.
 *
 * @param <T> what the observer reads of the model at the end of a month
 */
@FunctionalInterface
public interface MonthObserver<T> extends Serializable {
    void monthEnded(T model);
}

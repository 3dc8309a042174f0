package org.inferenceshift.labs;

/** Keeps iterating for the whole run ({@code ida.stopping} NEVER). */
public record NeverStopIda() implements IdaStopping {
    @Override
    public boolean stopAfter(double gainE) {
        return false;
    }
}

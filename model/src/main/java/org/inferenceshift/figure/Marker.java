package org.inferenceshift.figure;

/** The symbol drawn at each point of a series. */
public enum Marker {
    NONE, CIRCLE, DIAMOND
}

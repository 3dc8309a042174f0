package org.inferenceshift.capability;

/** The two task classes of DESIGN §4: inference helps reasoning tasks much more than intuitive ones. */
public enum TaskClass {
    REASONING,
    INTUITIVE
}

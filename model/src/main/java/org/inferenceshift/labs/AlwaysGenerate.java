package org.inferenceshift.labs;

/** Generates every month ({@code synthetic.generation} ALWAYS). */
public record AlwaysGenerate() implements SyntheticGeneration {
    @Override
    public boolean generate(double runEffectiveFlop, double wallFlop) {
        return true;
    }
}

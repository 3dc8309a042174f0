package org.inferenceshift.labs;

/**
 * Generates only while the run in progress is forecast to end above the lab's own data wall, where more
 * data raises capability and more compute alone adds little ({@code synthetic.generation} WHEN_DATA_LIMITED).
 */
public record GenerateWhenDataLimited() implements SyntheticGeneration {
    @Override
    public boolean generate(double runEffectiveFlop, double wallFlop) {
        return runEffectiveFlop > wallFlop;
    }
}

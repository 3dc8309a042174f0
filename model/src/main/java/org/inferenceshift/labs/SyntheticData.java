package org.inferenceshift.labs;

import java.io.Serializable;
import org.inferenceshift.compute.ModelShape;
import org.inferenceshift.scenario.SyntheticDataParams;

/**
 * A lab's stock of verified synthetic training data and the data wall it faces (MODEL.md §7.10). Each
 * month its synthetic compute generates {@code flop / (2 N k)} tokens with its served model (N
 * parameters, k = generationMultiplier); the share {@code reasoningShare acceptanceReasoning + (1 -
 * reasoningShare) acceptanceIntuitive} passes verification, each worth tokenValue human tokens. With V
 * human-equivalent tokens so far, the stock behind the wall grows from D_W = sqrt(W r / 6) to
 * D_W (1 + V / D_W)^exponent, and since a compute-optimal run of D tokens costs 6 D^2 / r, the lab's wall
 * becomes W (1 + V / D_W)^(2 exponent).
 */
public final class SyntheticData implements Serializable {
    private static final long serialVersionUID = 1L;

    private double generatedTokens;
    private double verifiedTokens;
    private double valueTokens;

    /** Share of generated tokens that pass verification, over the domain mix. */
    public static double acceptance(SyntheticDataParams p) {
        return p.reasoningShare() * p.acceptanceReasoning() + (1 - p.reasoningShare()) * p.acceptanceIntuitive();
    }

    /** Adds the month's generation of {@code flop} FLOP with a model of {@code parameters} N. */
    public void generate(double flop, double parameters, SyntheticDataParams p) {
        if (flop <= 0 || parameters <= 0) {
            return;
        }
        double generated = flop / (ModelShape.INFERENCE_FLOP_PER_PARAMETER_TOKEN * parameters * p.generationMultiplier());
        double verified = generated * acceptance(p);
        generatedTokens += generated;
        verifiedTokens += verified;
        valueTokens += verified * p.tokenValue();
    }

    /**
     * The data wall with {@code valueTokens} human-equivalent synthetic tokens: {@code W (1 + V / D_W)^(2
     * exponent)} with {@code D_W = sqrt(W r / 6)}, r the compute-optimal tokens per parameter.
     */
    public static double wallFlop(double baseWallFlop, double computeOptimalTokensPerParameter, double valueTokens,
                                  double exponent) {
        if (valueTokens <= 0) {
            return baseWallFlop;
        }
        double stock = Math.sqrt(baseWallFlop * computeOptimalTokensPerParameter
                / ModelShape.TRAINING_FLOP_PER_PARAMETER_TOKEN);
        return baseWallFlop * Math.pow(1 + valueTokens / stock, 2 * exponent);
    }

    /** This lab's wall given its synthetic data so far. */
    public double wallFlop(double baseWallFlop, double computeOptimalTokensPerParameter, SyntheticDataParams p) {
        return wallFlop(baseWallFlop, computeOptimalTokensPerParameter, valueTokens, p.diminishingExponent());
    }

    public double getGeneratedTokens() { return generatedTokens; }
    public double getVerifiedTokens() { return verifiedTokens; }
    /** Verified tokens times tokenValue: the human-token equivalent added to the lab's data stock. */
    public double getValueTokens() { return valueTokens; }
}

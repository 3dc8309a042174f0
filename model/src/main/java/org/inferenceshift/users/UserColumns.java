package org.inferenceshift.users;

/**
 * Direct access to the population's columns for the hot loops of the market package, which must not
 * pay a method call per attribute per user. Nothing outside the step's user pass should need it.
 */
public final class UserColumns {
    public final float[] reasoningShare;
    public final float[] difficultyE;
    public final float[] queriesPerMonth;
    public final float[] valueUsdPerMonth;
    public final byte[] incomeDecile;
    public final byte[] region;
    public final short[] currentLab;
    public final byte[] currentTier;
    public final boolean[] notYetUsingAi;
    public final boolean[] canSelfHost;

    private UserColumns(Population p) {
        reasoningShare = p.reasoningShare;
        difficultyE = p.difficultyE;
        queriesPerMonth = p.queriesPerMonth;
        valueUsdPerMonth = p.valueUsdPerMonth;
        incomeDecile = p.incomeDecile;
        region = p.region;
        currentLab = p.currentLab;
        currentTier = p.currentTier;
        notYetUsingAi = p.notYetUsingAi;
        canSelfHost = p.canSelfHost;
    }

    public static UserColumns of(Population p) {
        return new UserColumns(p);
    }
}

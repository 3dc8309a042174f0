package org.inferenceshift.users;

import java.io.Serializable;

/**
 * The simulated users as parallel primitive columns (structure of arrays): row i of every column is
 * user i. No object per user exists anywhere in the model; a step is loops over indices. Each agent
 * stands for {@link #peoplePerAgent()} people in every total and share.
 *
 * <p>Attributes are stored as {@code float} (their sampling noise dwarfs float rounding) and choices
 * in the narrowest integer type, for about 26 bytes per user.
 */
public final class Population implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Value of {@link #currentLab} for a user on the outside option (no paid access). */
    public static final short OUTSIDE = -1;
    /** {@link #currentTier} of a user on the outside option who uses no AI. */
    public static final byte NO_AI_SLOT = 0;
    /** {@link #currentTier} of a user on the outside option who self-hosts an open-weight model. */
    public static final byte SELF_HOST_SLOT = 1;

    private final int size;
    private final double peoplePerAgent;
    final float[] incomeUsdPerMonth;
    final float[] reasoningShare;
    final float[] difficultyE;
    final float[] queriesPerMonth;
    final float[] valueUsdPerMonth;
    final byte[] incomeDecile;
    final byte[] region;
    final short[] currentLab;
    final byte[] currentTier;
    /**
     * Whether the person does not use AI yet (issue 18 item 4): neither a lab's user nor on the outside
     * option. False for everyone unless {@link Adoption#initialise} marks them.
     */
    final boolean[] notYetUsingAi;
    /**
     * Whether the person can self-host an open-weight model (issue 18 item 3): a technical user, drawn with
     * probability {@code population.technicalShare}.
     */
    final boolean[] canSelfHost;

    Population(int size, double peoplePerAgent) {
        this.size = size;
        this.peoplePerAgent = peoplePerAgent;
        incomeUsdPerMonth = new float[size];
        reasoningShare = new float[size];
        difficultyE = new float[size];
        queriesPerMonth = new float[size];
        valueUsdPerMonth = new float[size];
        incomeDecile = new byte[size];
        region = new byte[size];
        currentLab = new short[size];
        currentTier = new byte[size];
        notYetUsingAi = new boolean[size];
        canSelfHost = new boolean[size];
    }

    public int size() { return size; }
    public double peoplePerAgent() { return peoplePerAgent; }

    public double income(int i) { return incomeUsdPerMonth[i]; }
    public double reasoningShare(int i) { return reasoningShare[i]; }
    public double difficulty(int i) { return difficultyE[i]; }
    public double queries(int i) { return queriesPerMonth[i]; }
    public double value(int i) { return valueUsdPerMonth[i]; }
    public int incomeDecile(int i) { return incomeDecile[i]; }
    public int region(int i) { return region[i]; }
    public int currentLab(int i) { return currentLab[i]; }
    public int currentTier(int i) { return currentTier[i]; }
    /** Whether person i does not use AI yet. */
    public boolean notYetUsingAi(int i) { return notYetUsingAi[i]; }
    /** Whether person i can self-host an open-weight model. */
    public boolean canSelfHost(int i) { return canSelfHost[i]; }
    /** Whether person i self-hosts an open-weight model (on the outside option, in its self-hosting slot). */
    public boolean selfHosting(int i) { return currentLab[i] == OUTSIDE && currentTier[i] == SELF_HOST_SLOT; }

    /**
     * Puts user i on lab {@code lab}'s tier slot {@code tier}, or, if lab is OUTSIDE, on the outside option
     * ({@link #NO_AI_SLOT} or {@link #SELF_HOST_SLOT}).
     */
    public void choose(int i, int lab, int tier) {
        currentLab[i] = (short) lab;
        currentTier[i] = (byte) tier;
    }

    /** Heap bytes per user held by the columns (for the benchmark and the docs). */
    public static int bytesPerUser() {
        return 5 * Float.BYTES + 5 * Byte.BYTES + Short.BYTES;
    }
}

package org.inferenceshift.market;

import java.util.Arrays;

/**
 * Which of this month's options offer exactly what the same tier offered last month, as far as a user's
 * success is concerned: the same capabilities on both task classes, the same served share and, for a
 * rate-limited tier, the same outside option. A user who keeps such an option has, bit for bit, the success
 * it had last month (the success is a pure function of those values and of the user's fixed columns), so
 * the user pass reuses it instead of evaluating the logistic again. Tiers are followed through menu
 * changes by the snapshot's tier remap.
 *
 * <p>Most months most users keep an unchanged option (a lab's capabilities move only with a new model or
 * a change of throttle), so this skips most of the tally's logistic evaluations without changing any
 * result. It is rebuilt from the snapshot once per month, before the chunks run, and only read by them.
 */
final class UnchangedOptions {
    private boolean[] unchanged = new boolean[0];
    private boolean outsideUnchanged;
    private boolean hasPrevious;

    private int[] previousFirst = new int[0];
    private int[] previousTierCount = new int[0];
    private int previousLabs;
    private double[] previousReasoning = new double[0];
    private double[] previousIntuitive = new double[0];
    private double[] previousServed = new double[0];
    private boolean[] previousAdaptive = new boolean[0];
    private double[] previousMultiplier = new double[0];
    private double[] previousBaseE = new double[0];
    private double[] previousPlateau = new double[0];
    private double[] previousThrottle = new double[0];
    private double previousOutsideReasoning;
    private double previousOutsideIntuitive;
    private double previousNoAiE;

    /** Compares this month's snapshot with the previous call's, then remembers it for the next. */
    void update(MarketSnapshot m) {
        if (unchanged.length < m.optionCount) {
            unchanged = new boolean[Math.max(m.optionCount, 2 * unchanged.length)];
        }
        Arrays.fill(unchanged, 0, m.optionCount, false);
        outsideUnchanged = hasPrevious && m.outsideEReasoning == previousOutsideReasoning
                && m.outsideEIntuitive == previousOutsideIntuitive && m.noAiE == previousNoAiE;
        if (hasPrevious) {
            for (int lab = 0; lab < Math.min(m.labCount, previousLabs); lab++) {
                markLab(m, lab);
            }
        }
        remember(m);
    }

    private void markLab(MarketSnapshot m, int lab) {
        int[] remap = m.tierRemap[lab];
        for (int old = 0; old < previousTierCount[lab]; old++) {
            int slot = remap == null ? old : old < remap.length ? remap[old] : -1;
            if (slot < 0 || slot >= m.labTierCount[lab]) {
                continue;
            }
            int o = m.labFirstOption[lab] + slot;
            int before = previousFirst[lab] + old;
            unchanged[o] = m.eReasoning[o] == previousReasoning[before]
                    && m.eIntuitive[o] == previousIntuitive[before]
                    && m.servedShare[o] == previousServed[before]
                    && (m.servedShare[o] >= 1 || outsideUnchanged)
                    && m.adaptive[o] == previousAdaptive[before]
                    && (!m.adaptive[o] || sameAdaptiveRule(m, o, before));
        }
    }

    /** An adaptive option's tables are a function of its cap, base E, plateau and throttle (and run constants). */
    private boolean sameAdaptiveRule(MarketSnapshot m, int o, int before) {
        return m.multiplier[o] == previousMultiplier[before] && m.baseE[o] == previousBaseE[before]
                && m.plateau[o] == previousPlateau[before] && m.throttle[o] == previousThrottle[before];
    }

    private void remember(MarketSnapshot m) {
        if (previousFirst.length < m.labCount) {
            previousFirst = new int[m.labCount];
            previousTierCount = new int[m.labCount];
        }
        if (previousReasoning.length < m.optionCount) {
            int capacity = Math.max(m.optionCount, 2 * previousReasoning.length);
            previousReasoning = new double[capacity];
            previousIntuitive = new double[capacity];
            previousServed = new double[capacity];
            previousAdaptive = new boolean[capacity];
            previousMultiplier = new double[capacity];
            previousBaseE = new double[capacity];
            previousPlateau = new double[capacity];
            previousThrottle = new double[capacity];
        }
        previousLabs = m.labCount;
        System.arraycopy(m.labFirstOption, 0, previousFirst, 0, m.labCount);
        System.arraycopy(m.labTierCount, 0, previousTierCount, 0, m.labCount);
        System.arraycopy(m.eReasoning, 0, previousReasoning, 0, m.optionCount);
        System.arraycopy(m.eIntuitive, 0, previousIntuitive, 0, m.optionCount);
        System.arraycopy(m.servedShare, 0, previousServed, 0, m.optionCount);
        System.arraycopy(m.adaptive, 0, previousAdaptive, 0, m.optionCount);
        System.arraycopy(m.multiplier, 0, previousMultiplier, 0, m.optionCount);
        System.arraycopy(m.baseE, 0, previousBaseE, 0, m.optionCount);
        System.arraycopy(m.plateau, 0, previousPlateau, 0, m.optionCount);
        System.arraycopy(m.throttle, 0, previousThrottle, 0, m.optionCount);
        previousOutsideReasoning = m.outsideEReasoning;
        previousNoAiE = m.noAiE;
        previousOutsideIntuitive = m.outsideEIntuitive;
        hasPrevious = true;
    }

    /** Whether a user who keeps option {@code o} this month has last month's success. */
    boolean unchanged(int o) {
        return unchanged[o];
    }

    /** Whether any user could keep last month's success: the outside option or one of the first {@code options}. */
    boolean anyUnchanged(int options) {
        boolean any = outsideUnchanged;
        for (int o = 0; o < options; o++) {
            any |= unchanged[o];
        }
        return any;
    }

    /** Whether a user who stays on the outside option has last month's success. */
    boolean outsideUnchanged() {
        return outsideUnchanged;
    }
}

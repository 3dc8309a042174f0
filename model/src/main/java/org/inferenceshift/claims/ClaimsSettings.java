package org.inferenceshift.claims;

/**
 * How much a claims run simulates. The claims, comparisons and parameter ranges are the registry's; these
 * are only sample sizes.
 *
 * @param mode   "quick" or "full" (or "custom" when options changed a mode's numbers)
 * @param seed   seed every run's seed derives from (the batch runner's per-run seeds)
 * @param seeds  runs of each arm in the comparison (seeds per arm)
 * @param worlds points of the Sobol sample over the uncertain parameters, one run of every arm each
 * @param agents simulated users in every run
 */
public record ClaimsSettings(String mode, long seed, int seeds, int worlds, int agents) {
    /** Small and fast enough for every CI build (part of the default test suite). */
    public static final ClaimsSettings QUICK = new ClaimsSettings("quick", 20250214, 8, 32, 2_000);
    /** The numbers behind the committed results table in docs/CLAIMS.md. */
    public static final ClaimsSettings FULL = new ClaimsSettings("full", 20250214, 30, 256, 20_000);

    /** Confidence level of every interval. */
    public static final double LEVEL = 0.95;

    public ClaimsSettings {
        if (seeds < 2 || worlds < 1 || agents < 1) {
            throw new IllegalArgumentException("need at least 2 seeds, 1 world and 1 agent");
        }
    }

    public ClaimsSettings with(Integer newSeeds, Integer newWorlds, Integer newAgents) {
        if (newSeeds == null && newWorlds == null && newAgents == null) {
            return this;
        }
        return new ClaimsSettings("custom", seed, newSeeds == null ? seeds : newSeeds,
                newWorlds == null ? worlds : newWorlds, newAgents == null ? agents : newAgents);
    }
}

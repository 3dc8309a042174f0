package org.inferenceshift.claims;

/**
 * How much a claims run simulates. The claims, comparisons and parameter ranges are the registry's; these
 * are only sample sizes.
 *
 * @param mode   "quick" or "full" (or "custom" when options changed a mode's numbers)
 * @param seed   seed every run's seed derives from (the batch runner's per-run seeds)
 * @param seeds  runs of each arm in the comparison (seeds per arm)
 * @param worlds about how many worlds of the robustness sample to run: the Saltelli design over the uncertain
 *               parameters gets the most base rows N (at least 2) with N (d + 2) &lt;= worlds, d parameters
 * @param agents simulated users in every run
 * @param worldSeeds runs of every arm in each world, whose mean is the world's effect (so seed noise is
 *               averaged out of the Sobol indices)
 */
public record ClaimsSettings(String mode, long seed, int seeds, int worlds, int agents, int worldSeeds) {
    /** Small and fast enough for every CI build (part of the default test suite). */
    public static final ClaimsSettings QUICK = new ClaimsSettings("quick", 20250214, 8, 32, 2_000, 1);
    /**
     * The numbers behind the committed results table in docs/CLAIMS.md. 10,000 users a run: the claims'
     * statistics differ from 20,000 users' by no more than seed noise and their spread across seeds is no
     * wider, while 5,000 users move some means (docs/PERFORMANCE.md, 'Users per run for the claims').
     */
    public static final ClaimsSettings FULL = new ClaimsSettings("full", 20250214, 30, 256, 10_000, 2);

    /** Confidence level of every interval. */
    public static final double LEVEL = 0.95;

    public ClaimsSettings {
        if (seeds < 2 || worlds < 1 || agents < 1 || worldSeeds < 1) {
            throw new IllegalArgumentException("need at least 2 seeds, 1 world, 1 agent and 1 seed a world");
        }
    }

    public ClaimsSettings with(Integer newSeeds, Integer newWorlds, Integer newAgents) {
        if (newSeeds == null && newWorlds == null && newAgents == null) {
            return this;
        }
        return new ClaimsSettings("custom", seed, newSeeds == null ? seeds : newSeeds,
                newWorlds == null ? worlds : newWorlds, newAgents == null ? agents : newAgents, worldSeeds);
    }

    /** N, the Saltelli design's base rows for {@code parameters} uncertain parameters. */
    public int baseRows(int parameters) {
        return Math.max(2, worlds / (parameters + 2));
    }
}

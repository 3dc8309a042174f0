package org.inferenceshift.claims;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.ScenarioException;

/**
 * The serving issue's premise as a factor of the claims' factorial design (issue 21 item 1): inference per
 * query <em>emergent</em> (the era files as written: adaptive tiers whose k the labs revise by their pricing
 * reviews, {@code inferenceRevision: REVISE}) or <em>premised</em> (the texts' premise as an input, as
 * {@code deployment-scaling.json} writes it: fixed-k tiers whose base tier's k grows 100-fold over five years,
 * {@code inferenceRevision: PREMISED}; MODEL.md §7.9), crossed with the era comparison as a 2x2.
 *
 * <p>Cells are numbered by bits: bit 0 the era (1 = the inference era), bit 1 inference per query (1 =
 * premised). Cells 0 and 1 are the registry's era comparison itself, on its two seed sets (the
 * {@code comparison} and {@code replicate} experiments); cells 2 and 3 are both era files with the premise's
 * values set (the {@code premise} and {@code premise-replicate} experiments, seeded independently), so cell 3 is
 * {@code deployment-scaling.json} as resolved, which {@code PremiseFactorialTest} checks. The premise is crossed
 * with the three era differences together, not with each one: two more cells per seed set rather than eight,
 * and the question it answers is the referee's: does an era claim hold because labs choose more inference per
 * query, or only when the texts' premise puts it in?
 *
 * <p>Effects follow {@link EraFactorial}'s 2^k convention (a main effect is the mean of the high cells minus the
 * mean of the low ones, the interaction half the difference of one factor's effect at the other's two levels),
 * beside the simple effects a reader wants: the era's effect at each level of the premise, and the premise's
 * effect in the inference era ({@code inference-era.json} against {@code deployment-scaling.json}).
 */
public record PremiseFactorial(Map<String, JsonNode> premised) {
    /** The factor: what the premise changes, by path. */
    public static final EraFactorial.Factor FACTOR = new EraFactorial.Factor("premise",
            "inference per query premised (fixed-k tiers, the base tier's k grown 100x over five years) instead of "
                    + "emergent (adaptive tiers whose k the labs revise)",
            List.of("labDefaults.tierInference", "labDefaults.inferenceRevision", "pricing.premisedGrowthOom",
                    "pricing.premisedGrowthMonths"));
    /** The scenario file whose values at {@link #FACTOR}'s paths are the premised level. */
    public static final String FILE = "deployment-scaling.json";
    /**
     * The era claims the premise bears on, the ones the texts derive from deployment compute growing with
     * inference per query: copies at release (1), training's share of lifetime compute (3), the business model
     * and industry structure (6a-6c, which the texts derive from rising marginal costs) and the single-site
     * share of compute (7). Not 2 (the first human-level configuration is the cheapest model and k that reach
     * it, whatever the tiers sell), 4 and 5 (who gets which capability: the spread of k across tiers and the
     * self-hoster's k = 1, which the premise's one schedule for the base tier does not represent).
     */
    public static final List<String> CLAIMS = List.of("1", "3", "6a", "6b", "6c", "7");
    public static final int CELLS = 4;
    public static final String DESIGN = "premise";

    /** A contrast of the four cells, by name. */
    public record Contrast(String name, double[] coefficients) {
    }

    public static final String ERA_EMERGENT = "era, emergent k (registry comparison)";
    public static final String ERA_PREMISED = "era, premised k";
    public static final String PREMISE_MAIN = "premise";
    public static final String INTERACTION = "era×premise";
    public static final String PREMISE_IN_INFERENCE_ERA = "premise in the inference era";

    /** The rows of the design, in the order the CSV and report show them. */
    public static final List<Contrast> CONTRASTS = List.of(
            new Contrast(ERA_EMERGENT, new double[] {-1, 1, 0, 0}),
            new Contrast(ERA_PREMISED, new double[] {0, 0, -1, 1}),
            new Contrast("era", new double[] {-0.5, 0.5, -0.5, 0.5}),
            new Contrast(PREMISE_MAIN, new double[] {-0.5, -0.5, 0.5, 0.5}),
            new Contrast(INTERACTION, new double[] {0.5, -0.5, -0.5, 0.5}),
            new Contrast(PREMISE_IN_INFERENCE_ERA, new double[] {0, -1, 0, 1}));

    public PremiseFactorial {
        premised = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(premised));
    }

    /** Whether the premise's scenario file is there to read the premised level from. */
    public static boolean available(Path scenariosDir) {
        return Files.isRegularFile(scenariosDir.resolve(FILE));
    }

    /** The premised level: {@link #FILE}'s values at the factor's paths. */
    public static PremiseFactorial of(Path scenariosDir) throws ScenarioException {
        JsonNode tree = EraFactorial.tree(scenariosDir.resolve(FILE));
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (String path : FACTOR.paths()) {
            values.put(path, EraFactorial.valueAt(tree, path));
        }
        return new PremiseFactorial(values);
    }

    /** Whether the premise design reports on this claim. */
    public static boolean concerns(Claim claim) {
        return claim.comparison().equals(ClaimRegistry.ERAS) && CLAIMS.contains(claim.id());
    }
}

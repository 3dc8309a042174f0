package org.inferenceshift.claims;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;

/**
 * The era comparison taken apart (issue 21): the pre-training and inference eras differ in three ways at
 * once, and a 2x2x2 factorial over them says which one a claim's effect comes from. Each factor's two levels
 * are read from the two era files themselves (its paths' values in {@code pretraining-era.json}, low, and in
 * {@code inference-era.json}, high), so cell 0 is the pre-training era and cell 7 the inference era as written;
 * {@code EraFactorialTest} checks that the files differ in nothing else.
 *
 * <p>Cells are numbered by bits: bit 0 the data wall, bit 1 the inference gain, bit 2 the starting
 * allocation (1 = the inference era's level). Every effect is a contrast with coefficients
 * {@code prod_{f in S} sign_f(cell) / 4} over the cells, S the factors of the effect, sign +1 at the high level:
 * a main effect is the mean of the four high cells minus the mean of the four low ones; an interaction is
 * half the difference between one factor's effects at the other's two levels (the usual 2^k convention).
 */
public record EraFactorial(List<Factor> factors, List<Map<String, JsonNode>> cells) {
    /** One difference between the eras: its name, what it stands for, and the scenario paths it sets. */
    public record Factor(String name, String description, List<String> paths) {
    }

    /** The factors, in bit order. The claims are about the inference gain. */
    public static final List<Factor> FACTORS = List.of(
            new Factor("wall", "the data wall (returns above it)", List.of("capability.returnsAboveWall")),
            new Factor("gain", "the inference gain (reasoning slope and plateau)",
                    List.of("capability.betaReasoning", "capability.plateauMaxOom")),
            new Factor("allocation", "the labs' starting allocation", List.of("labDefaults.allocation.pre",
                    "labDefaults.allocation.post", "labDefaults.allocation.inference", "labDefaults.allocation.ida")));
    /** Index in {@link #FACTORS} of the factor the texts' claims are about. */
    public static final int CLAIMED_FACTOR = 1;
    public static final int CELLS = 1 << 3;

    public EraFactorial {
        factors = List.copyOf(factors);
        cells = List.copyOf(cells);
    }

    /** The design from the two era files in {@code scenariosDir}. */
    public static EraFactorial of(Path scenariosDir) throws ScenarioException {
        JsonNode low = tree(scenariosDir.resolve(ClaimRegistry.ERAS.baseline().file()));
        JsonNode high = tree(scenariosDir.resolve(ClaimRegistry.ERAS.treatment().file()));
        List<Map<String, JsonNode>> cells = new ArrayList<>();
        for (int cell = 0; cell < CELLS; cell++) {
            Map<String, JsonNode> point = new LinkedHashMap<>();
            for (int f = 0; f < FACTORS.size(); f++) {
                JsonNode level = isHigh(cell, f) ? high : low;
                for (String path : FACTORS.get(f).paths()) {
                    point.put(path, valueAt(level, path));
                }
            }
            cells.add(point);
        }
        return new EraFactorial(FACTORS, cells);
    }

    static JsonNode tree(Path file) throws ScenarioException {
        return ScenarioLoader.mapper().valueToTree(ScenarioLoader.load(file));
    }

    static JsonNode valueAt(JsonNode tree, String dottedPath) {
        return tree.at(JsonPointer.compile("/" + dottedPath.replace('.', '/')));
    }

    static boolean isHigh(int cell, int factor) {
        return (cell >> factor & 1) == 1;
    }

    /** An effect of the design: the set of factors (bit mask) whose product contrast it is. */
    public record Effect(String name, int factors) {
        /** The contrast's coefficient on each cell. */
        public double[] coefficients() {
            double[] c = new double[CELLS];
            for (int cell = 0; cell < CELLS; cell++) {
                double sign = 1;
                for (int f = 0; f < FACTORS.size(); f++) {
                    if ((factors >> f & 1) == 1) {
                        sign *= isHigh(cell, f) ? 1 : -1;
                    }
                }
                c[cell] = sign / (CELLS / 2.0);
            }
            return c;
        }
    }

    /** Main effects, then two-way interactions, then the three-way one (names joined by "×"). */
    public static List<Effect> effects() {
        List<Effect> out = new ArrayList<>();
        for (int order = 1; order <= FACTORS.size(); order++) {
            for (int mask = 1; mask < CELLS; mask++) {
                if (Integer.bitCount(mask) == order) {
                    List<String> names = new ArrayList<>();
                    for (int f = 0; f < FACTORS.size(); f++) {
                        if ((mask >> f & 1) == 1) {
                            names.add(FACTORS.get(f).name());
                        }
                    }
                    out.add(new Effect(String.join("×", names), mask));
                }
            }
        }
        return out;
    }

    /** The era comparison as a contrast: the inference era (cell 7) minus the pre-training era (cell 0). */
    public static double[] eraContrast() {
        double[] c = new double[CELLS];
        c[0] = -1;
        c[CELLS - 1] = 1;
        return c;
    }
}

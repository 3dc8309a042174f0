package org.inferenceshift.claims;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inferenceshift.experiment.Statistic;
import org.inferenceshift.stats.SaltelliDesign;

/**
 * The two batch experiments a claims run consists of, written as ordinary experiment files (so they are
 * validated like any other, recorded in the results, and can be re-run with {@code inferenceshift batch}):
 * <ul>
 *   <li>{@code comparison}: every arm, {@code seeds} seeds each, the scenarios as written: the effects and
 *   their confidence intervals;</li>
 *   <li>{@code replicate}: the same, on a second, independent set of seeds: replicated verdicts;</li>
 *   <li>{@code factorial} and {@code factorial-replicate}: the eight cells of the era factorial
 *   ({@link EraFactorial}) as a {@code list} design on the pre-training era's file, {@code seeds} seeds a
 *   cell, on two more independent seed sets (only when the era claims are tested);</li>
 *   <li>{@code premise} and {@code premise-replicate}: both era files with the texts' premise of inference per
 *   query set ({@link PremiseFactorial}), {@code seeds} seeds each, paired with the comparison and replicate
 *   seed sets (only when a claim the premise concerns is tested and {@code deployment-scaling.json} exists);</li>
 *   <li>{@code robustness}: every arm at each point of a Saltelli design over the uncertain parameters (its
 *   Sobol points written out as a {@code list}), a few seeds each: the robustness share, PRCC and the Sobol
 *   indices;</li>
 *   <li>{@code posterior} (with {@code --posterior}): every arm in each world of a calibration posterior
 *   ({@link PosteriorWorlds}), as many seeds each as a robustness world: the share of plausible worlds
 *   with the expected sign.</li>
 * </ul>
 */
final class ClaimsExperiments {
    static final String COMPARISON = "comparison";
    static final String REPLICATE = "replicate";
    static final String ROBUSTNESS = "robustness";
    /**
     * Offsets of each experiment's seed from the claims run's: the batch runner derives every run's seed
     * from its experiment's seed and index, so distinct experiment seeds give independent seed sets.
     */
    private static final long ROBUSTNESS_SEED_OFFSET = 1;
    private static final long REPLICATE_SEED_OFFSET = 2;
    private static final long FACTORIAL_SEED_OFFSET = 3;
    private static final long FACTORIAL_REPLICATE_SEED_OFFSET = 4;
    private static final long PREMISE_SEED_OFFSET = 5;
    private static final long PREMISE_REPLICATE_SEED_OFFSET = 6;
    private static final long POSTERIOR_SEED_OFFSET = 7;
    static final String POSTERIOR = "posterior";
    static final String FACTORIAL = "factorial";
    static final String FACTORIAL_REPLICATE = "factorial-replicate";
    static final String PREMISE = "premise";
    static final String PREMISE_REPLICATE = "premise-replicate";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ClaimsExperiments() {
    }

    /** The comparison experiment file's text; scenario paths are relative to {@code experimentsDir}. */
    static String comparison(ClaimsPlan plan, Path experimentsDir) {
        ClaimsSettings s = plan.settings();
        ObjectNode root = common(plan, experimentsDir, COMPARISON, s.seed(), s.seeds(), plan.arms(), plan.metrics(), String.format(Locale.ROOT,
                "Claims engine (%s mode): every arm of the claims' comparisons, %d seeds each, %d users.",
                s.mode(), s.seeds(), s.agents()));
        return write(root);
    }

    /** The replicate experiment: the comparison again, with an independent seed set. */
    static String replicate(ClaimsPlan plan, Path experimentsDir) {
        ClaimsSettings s = plan.settings();
        ObjectNode root = common(plan, experimentsDir, REPLICATE, s.seed() + REPLICATE_SEED_OFFSET, s.seeds(),
                plan.arms(), plan.metrics(), String.format(Locale.ROOT,
                        "Claims engine (%s mode): the comparison's arms again on an independent seed set, %d seeds each, "
                                + "%d users (replicated verdicts).", s.mode(), s.seeds(), s.agents()));
        return write(root);
    }

    /** A factorial experiment (cells as a list design on the pre-training era), on the seed set {@code replicate} names. */
    static String factorial(ClaimsPlan plan, EraFactorial design, Path experimentsDir, boolean replicate) {
        ClaimsSettings s = plan.settings();
        List<String> metrics = plan.testable().stream().filter(c -> c.comparison().equals(ClaimRegistry.ERAS))
                .map(Claim::metric).distinct().toList();
        ObjectNode root = common(plan, experimentsDir, replicate ? FACTORIAL_REPLICATE : FACTORIAL,
                s.seed() + (replicate ? FACTORIAL_REPLICATE_SEED_OFFSET : FACTORIAL_SEED_OFFSET), s.seeds(),
                List.of(ClaimRegistry.ERAS.baseline()), metrics, String.format(Locale.ROOT,
                        "Claims engine (%s mode): the era comparison as a 2x2x2 factorial (data wall x inference gain "
                                + "x starting allocation), %d seeds a cell, %d users%s.",
                        s.mode(), s.seeds(), s.agents(), replicate ? ", second seed set" : ""));
        ArrayNode list = root.putArray("list");
        design.cells().forEach(cell -> {
            ObjectNode point = list.addObject();
            cell.forEach(point::set);
        });
        return write(keepLast(root));
    }

    /**
     * A premise experiment: the era arms with the premise's values {@code set} (cells 2 and 3 of
     * {@link PremiseFactorial}), on the seed set paired with the comparison's ({@code replicate}: the replicate's).
     */
    static String premise(ClaimsPlan plan, PremiseFactorial design, Path experimentsDir, boolean replicate) {
        ClaimsSettings s = plan.settings();
        List<String> metrics = plan.testable().stream().filter(PremiseFactorial::concerns).map(Claim::metric)
                .distinct().toList();
        ObjectNode root = common(plan, experimentsDir, replicate ? PREMISE_REPLICATE : PREMISE,
                s.seed() + (replicate ? PREMISE_REPLICATE_SEED_OFFSET : PREMISE_SEED_OFFSET), s.seeds(),
                List.of(ClaimRegistry.ERAS.baseline(), ClaimRegistry.ERAS.treatment()), metrics,
                String.format(Locale.ROOT, "Claims engine (%s mode): the era arms with the texts' premise of inference "
                                + "per query as an input (the values of %s), %d seeds each, %d users%s.", s.mode(),
                        PremiseFactorial.FILE, s.seeds(), s.agents(), replicate ? ", second seed set" : ""));
        ObjectNode set = root.putObject("set");
        design.premised().forEach(set::set);
        return write(keepLast(root));
    }

    /**
     * The robustness experiment file's text: every arm at each point of the Saltelli design
     * ({@link ClaimsPlan#robustnessDesign}) written out as a {@code list}, {@code worldSeeds} seeds each.
     */
    static String robustness(ClaimsPlan plan, Path experimentsDir) {
        ClaimsSettings s = plan.settings();
        SaltelliDesign design = plan.robustnessDesign();
        return worlds(plan, experimentsDir, ROBUSTNESS, ROBUSTNESS_SEED_OFFSET, String.format(Locale.ROOT,
                        "Claims engine (%s mode): every arm at the %d distinct points of a Saltelli design (%d base "
                                + "rows) over the uncertain parameters, %d seed(s) each, %d users.", s.mode(),
                        DistinctPoints.of(design.points()).distinct().length,
                        design.baseRows(), s.worldSeeds(), s.agents()),
                plan.parameters().stream().map(UncertainParameter::path).toList(),
                List.of(DistinctPoints.of(design.points()).distinct()));
    }

    /** The posterior experiment: every arm at each parameter set of the plan's calibration posterior. */
    static String posterior(ClaimsPlan plan, Path experimentsDir) {
        ClaimsSettings s = plan.settings();
        PosteriorWorlds worlds = plan.posterior();
        return worlds(plan, experimentsDir, POSTERIOR, POSTERIOR_SEED_OFFSET, String.format(Locale.ROOT,
                        "Claims engine (%s mode): every arm in each of the %d parameter sets of the calibration "
                                + "posterior %s (%s), %d seed(s) each, %d users.", s.mode(), worlds.points().size(),
                        worlds.source(), String.join(", ", worlds.paths()), s.worldSeeds(), s.agents()),
                worlds.paths(), worlds.points());
    }

    /**
     * Every arm at each point, {@code worldSeeds} seeds each, as a {@code list} design. Only the claims' own
     * metrics are kept: a world's effect needs nothing else, and the long-form timeseries.csv of thousands of
     * runs grows with every metric kept.
     */
    private static String worlds(ClaimsPlan plan, Path experimentsDir, String name, long seedOffset, String purpose,
                                 List<String> paths, List<double[]> points) {
        ClaimsSettings s = plan.settings();
        ObjectNode root = common(plan, experimentsDir, name, s.seed() + seedOffset, s.worldSeeds(), plan.arms(),
                plan.claimMetrics(), purpose);
        root.set("list", list(paths, points));
        return write(keepLast(root));
    }

    /** A {@code list} design: one object per point, {@code paths.get(i)} set to {@code point[i]}. */
    private static ArrayNode list(List<String> paths, List<double[]> points) {
        ArrayNode list = JSON.createArrayNode();
        for (double[] point : points) {
            ObjectNode values = list.addObject();
            for (int i = 0; i < point.length; i++) {
                values.put(paths.get(i), point[i]);
            }
        }
        return list;
    }

    private static ObjectNode common(ClaimsPlan plan, Path experimentsDir, String name, long seed, int seeds,
                                     List<Arm> arms, List<String> keptMetrics, String purpose) {
        ObjectNode root = JSON.createObjectNode();
        root.put("name", "claims-" + name);
        root.put("purpose", purpose);
        root.put("seed", seed);
        root.put("seeds", seeds);
        ArrayNode scenarios = root.putArray("scenarios");
        Path from = experimentsDir.toAbsolutePath().normalize();
        for (Arm arm : arms) {
            Path file = plan.scenariosDir().resolve(arm.file()).toAbsolutePath().normalize();
            scenarios.add(from.relativize(file).toString().replace('\\', '/'));
        }
        root.put("agents", plan.settings().agents());
        ObjectNode keep = root.putObject("keep");
        ArrayNode metrics = keep.putArray("metrics");
        keptMetrics.forEach(metrics::add);
        ArrayNode statistics = keep.putArray("statistics");
        plan.statistics().stream().map(Statistic::key).forEach(statistics::add);
        return root;
    }

    /** Moves {@code keep} after the design fields added since {@link #common}, where experiment files put it. */
    private static ObjectNode keepLast(ObjectNode root) {
        root.set("keep", root.remove("keep"));
        return root;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an experiment tree always serialises", e);
        }
    }
}

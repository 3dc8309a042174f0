package org.inferenceshift.claims;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inferenceshift.experiment.Statistic;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.stats.Factor;
import org.inferenceshift.stats.SaltelliDesign;

/**
 * Which claims this model and these scenario files can test, and what that takes: the arms to run, the
 * metrics and statistics to keep. A claim whose metric is not in the registry, or whose scenario file does
 * not exist, is kept in the report as untested with the reason, so the table always lists every claim.
 */
public record ClaimsPlan(ClaimsSettings settings, Path scenariosDir, List<Claim> testable, Map<Claim, String> untested,
                         List<Arm> arms, List<String> metrics, List<Statistic> statistics,
                         List<UncertainParameter> parameters, PosteriorWorlds posterior) {

    public static ClaimsPlan of(ClaimsSettings settings, Path scenariosDir) {
        return of(settings, scenariosDir, null);
    }

    /** @param posterior worlds of a calibration posterior to run the arms in as well, or null for none */
    public static ClaimsPlan of(ClaimsSettings settings, Path scenariosDir, PosteriorWorlds posterior) {
        Set<String> known = new LinkedHashSet<>();
        Arrays.stream(Metric.values()).forEach(m -> known.add(m.column()));
        List<Claim> testable = new ArrayList<>();
        Map<Claim, String> untested = new LinkedHashMap<>();
        Set<Arm> arms = new LinkedHashSet<>();
        Set<String> metrics = new LinkedHashSet<>();
        Set<Statistic> statistics = new LinkedHashSet<>(List.of(Statistic.FINAL_YEAR));
        for (Claim claim : ClaimRegistry.claims()) {
            String reason = whyUntestable(claim, known, scenariosDir);
            if (reason != null) {
                untested.put(claim, reason);
                continue;
            }
            testable.add(claim);
            arms.add(claim.comparison().baseline());
            arms.add(claim.comparison().treatment());
            metrics.add(claim.metric());
            claim.context().stream().filter(known::contains).forEach(metrics::add);
            statistics.add(claim.statistic());
        }
        List<Statistic> orderedStatistics = Arrays.stream(Statistic.values()).filter(statistics::contains).toList();
        return new ClaimsPlan(settings, scenariosDir, testable, untested, new ArrayList<>(arms), new ArrayList<>(metrics),
                orderedStatistics, ClaimRegistry.uncertainParameters(), posterior);
    }

    public ClaimsPlan {
        testable = List.copyOf(testable);
        untested = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(untested));
        arms = List.copyOf(arms);
        metrics = List.copyOf(metrics);
        statistics = List.copyOf(statistics);
        parameters = List.copyOf(parameters);
    }

    private static String whyUntestable(Claim claim, Set<String> knownMetrics, Path scenariosDir) {
        if (!knownMetrics.contains(claim.metric())) {
            return "the metric " + claim.metric() + " is not in the model's metric registry yet";
        }
        for (Arm arm : List.of(claim.comparison().baseline(), claim.comparison().treatment())) {
            if (!Files.isRegularFile(scenariosDir.resolve(arm.file()))) {
                return "the scenario file scenarios/" + arm.file() + " does not exist yet";
            }
        }
        return null;
    }

    /** The metrics the testable claims are about (without their context metrics), in registry order. */
    public List<String> claimMetrics() {
        return testable.stream().map(Claim::metric).distinct().toList();
    }

    /**
     * The robustness sample: a Saltelli design (Sobol points in A, B and the A_B^(i) mixes) over the uncertain
     * parameters, {@link ClaimsSettings#baseRows} base rows, starting past the Sobol sequence's degenerate first
     * points ({@link SaltelliDesign#skipFor}).
     */
    public SaltelliDesign robustnessDesign() {
        List<Factor> factors = parameters.stream().map(p -> new Factor(p.path(), p.min(), p.max())).toList();
        int rows = settings.baseRows(parameters.size());
        return new SaltelliDesign(factors, rows, SaltelliDesign.skipFor(rows));
    }

    /** The scenario files of every arm. */
    public List<Path> armFiles() {
        return arms.stream().map(a -> scenariosDir.resolve(a.file())).toList();
    }

    /** Whether the claim is in the plan's runs. */
    public boolean tests(Claim claim) {
        return testable.contains(claim);
    }
}

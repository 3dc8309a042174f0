package org.inferenceshift.claims;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.inferenceshift.experiment.BatchExperiment;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.ProgressListener;
import org.inferenceshift.experiment.ResumeException;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.inferenceshift.experiment.SharedProgress;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.FolderChecksums;
import org.inferenceshift.output.OutputExistsException;
import org.inferenceshift.report.HtmlRenderer;
import org.inferenceshift.report.MarkdownRenderer;
import org.inferenceshift.report.ReportDocument;
import org.inferenceshift.scenario.ScenarioException;

/**
 * A claims run, end to end, on the batch runner: it writes the comparison and robustness experiment files
 * ({@link ClaimsExperiments}) into the results folder, runs each as a resumable batch experiment
 * ({@link BatchExperiment}, into {@code runs/<name>/}; two at once, {@link ExperimentPipeline}), then reads their {@code runs.csv}, analyses every
 * claim ({@link ClaimAnalysis}) and writes {@code claims.csv}, {@code robustness.csv}, the figures and the
 * report. The folder appears complete or not at all; an interrupted run resumes where it stopped and ends
 * with the same files.
 *
 * <pre>
 * results/claims-&lt;id&gt;/
 *   claims.csv  robustness.csv  factorial.csv  sobol.csv  [posterior-robustness.csv]  report.md  report.html  figures/*.png
 *   experiments/comparison.json  replicate.json  factorial.json  factorial-replicate.json  premise.json
 *               premise-replicate.json  robustness.json  [posterior.json]
 *   runs/comparison/  runs/replicate/  runs/factorial/  runs/factorial-replicate/  runs/premise/
 *        runs/premise-replicate/  runs/robustness/  [runs/posterior/]   (batch experiment folders: runs.csv, timeseries.csv, plots/, manifest.json)
 * </pre>
 */
public final class ClaimsEngine {
    static final String EXPERIMENTS = "experiments";
    static final String RUNS = "runs";
    public static final String REPORT_MD = "report.md";
    static final String REPORT_HTML = "report.html";
    /** Checksums of the claims run's own files (each batch experiment under runs/ has its own manifest). */
    static final String MANIFEST = "manifest.json";
    private static final Set<String> NOT_CHECKSUMMED = Set.of(MANIFEST, RUNS);
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** What a finished claims run produced. */
    public record Outcome(Path folder, Findings findings) {
        public List<ClaimResult> results() {
            return findings.claims();
        }
    }

    private ClaimsEngine() {
    }

    /**
     * @param scenariosDir where the arms' scenario files are ({@code scenarios/} from the project root)
     * @param progress     hears the runs of all the experiments together; closed when they are done
     */
    public static Outcome run(ClaimsSettings settings, Path scenariosDir, Path out, boolean resume,
                              ExperimentEngine engine, ProgressListener progress)
            throws OutputExistsException, ResumeException, ScenarioException, IOException, RunFailedException {
        return run(settings, scenariosDir, null, out, resume, engine, progress);
    }

    /** @param posterior worlds of a calibration posterior to run every arm in as well, or null for none */
    public static Outcome run(ClaimsSettings settings, Path scenariosDir, PosteriorWorlds posterior, Path out,
                              boolean resume, ExperimentEngine engine, ProgressListener progress)
            throws OutputExistsException, ResumeException, ScenarioException, IOException, RunFailedException {
        AtomicFolder.checkAvailable(out);
        Path staging = AtomicFolder.resumableStaging(out);
        if (Files.exists(staging) && !resume) {
            throw new ResumeException(out + ": an interrupted claims run is staged in " + staging
                    + "; add --resume to finish it, or delete that folder to start over");
        }
        ClaimsPlan plan = ClaimsPlan.of(settings, scenariosDir, posterior);
        try (AtomicFolder folder = AtomicFolder.resumable(out)) {
            Path experiments = Files.createDirectories(folder.resolve(EXPERIMENTS));
            Path runs = Files.createDirectories(folder.resolve(RUNS));
            Map<String, String> files = plannedExperiments(plan, experiments);
            Map<Path, RunPlan> plans = new LinkedHashMap<>();
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path experimentFile = experiments.resolve(file.getKey() + ".json");
                writeOrCheck(experimentFile, file.getValue(), out);
                plans.put(runs.resolve(file.getKey()), RunPlanner.plan(ExperimentLoader.load(experimentFile)));
            }
            int total = 0;
            int done = 0;
            for (Map.Entry<Path, RunPlan> experiment : plans.entrySet()) {
                total += experiment.getValue().size();
                done += BatchExperiment.finishedRuns(experiment.getValue(), experiment.getKey());
            }
            try (SharedProgress shared = new SharedProgress(progress, total, done)) {
                List<ExperimentPipeline.Step> steps = new ArrayList<>();
                plans.forEach((folderOut, runPlan) -> steps.add(() -> runExperiment(runPlan, folderOut, engine, shared.part())));
                ExperimentPipeline.run(steps);
            }
            Findings findings = analyse(plan, runs, folder);
            ObjectNode manifest = JSON.createObjectNode();
            ObjectNode sums = manifest.putObject("files");
            FolderChecksums.of(folder.staging(), NOT_CHECKSUMMED).forEach(sums::put);
            folder.writeString(MANIFEST, JSON.writeValueAsString(manifest) + "\n");
            folder.commit();
            return new Outcome(out, findings);
        }
    }

    private static Map<String, String> plannedExperiments(ClaimsPlan plan, Path experiments) throws ScenarioException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(ClaimsExperiments.COMPARISON, ClaimsExperiments.comparison(plan, experiments));
        files.put(ClaimsExperiments.REPLICATE, ClaimsExperiments.replicate(plan, experiments));
        if (testsEras(plan)) {
            EraFactorial design = EraFactorial.of(plan.scenariosDir());
            files.put(ClaimsExperiments.FACTORIAL, ClaimsExperiments.factorial(plan, design, experiments, false));
            files.put(ClaimsExperiments.FACTORIAL_REPLICATE, ClaimsExperiments.factorial(plan, design, experiments, true));
        }
        if (testsPremise(plan)) {
            PremiseFactorial premise = PremiseFactorial.of(plan.scenariosDir());
            files.put(ClaimsExperiments.PREMISE, ClaimsExperiments.premise(plan, premise, experiments, false));
            files.put(ClaimsExperiments.PREMISE_REPLICATE, ClaimsExperiments.premise(plan, premise, experiments, true));
        }
        files.put(ClaimsExperiments.ROBUSTNESS, ClaimsExperiments.robustness(plan, experiments));
        if (plan.posterior() != null) {
            files.put(ClaimsExperiments.POSTERIOR, ClaimsExperiments.posterior(plan, experiments));
        }
        return files;
    }

    private static boolean testsEras(ClaimsPlan plan) {
        return plan.testable().stream().anyMatch(c -> c.comparison().equals(ClaimRegistry.ERAS));
    }

    /** The premise design runs when a claim it concerns is tested and its scenario file is there. */
    private static boolean testsPremise(ClaimsPlan plan) {
        return PremiseFactorial.available(plan.scenariosDir())
                && plan.testable().stream().anyMatch(PremiseFactorial::concerns);
    }

    /**
     * For {@code --resume} on a folder that exists: returns normally only if it is a finished claims run
     * of these settings and scenario files, its batch experiments finished by this model version, and every
     * file as written; otherwise says why not.
     */
    public static void checkComplete(ClaimsSettings settings, Path scenariosDir, Path folder)
            throws ResumeException, ScenarioException, IOException {
        checkComplete(settings, scenariosDir, null, folder);
    }

    /** As {@link #checkComplete(ClaimsSettings, Path, Path)}, for a run with (or without, null) a posterior. */
    public static void checkComplete(ClaimsSettings settings, Path scenariosDir, PosteriorWorlds posterior, Path folder)
            throws ResumeException, ScenarioException, IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            throw new ResumeException(folder + ": exists and is not a finished claims run (no " + MANIFEST
                    + "); nothing to resume there. Choose another --out");
        }
        ClaimsPlan plan = ClaimsPlan.of(settings, scenariosDir, posterior);
        Path experiments = folder.resolve(EXPERIMENTS);
        for (Map.Entry<String, String> planned : plannedExperiments(plan, experiments).entrySet()) {
            Path file = experiments.resolve(planned.getKey() + ".json");
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(planned.getValue())) {
                throw new ResumeException(folder + ": is a claims run of other settings or scenario files ("
                        + file.getFileName() + " differs); use the same mode and options, or choose another --out");
            }
            BatchExperiment.checkComplete(RunPlanner.plan(ExperimentLoader.load(file)), folder.resolve(RUNS).resolve(planned.getKey()));
        }
        Map<String, String> recorded = new TreeMap<>();
        JsonNode files;
        try {
            files = JSON.readTree(Files.readString(manifest, StandardCharsets.UTF_8)).path("files");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            files = JSON.createObjectNode();
        }
        files.fields().forEachRemaining(e -> recorded.put(e.getKey(), e.getValue().asText()));
        List<String> damage = FolderChecksums.differences(folder, recorded, NOT_CHECKSUMMED);
        if (recorded.isEmpty() || !damage.isEmpty()) {
            throw new ResumeException(folder + ": is this claims run, finished, but its files are not as written ("
                    + (recorded.isEmpty() ? "no checksums recorded" : String.join(", ", damage))
                    + "); remove the folder and run the claims again");
        }
    }

    /** The experiment file as planned; on resume it must be the one the earlier session planned. */
    private static void writeOrCheck(Path file, String content, Path out) throws IOException, ResumeException {
        if (Files.exists(file)) {
            if (!Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                throw new ResumeException(out + ": the interrupted claims run was planned with other settings or "
                        + "scenario files (" + file.getFileName() + " differs); use the same mode and options, or "
                        + "delete its staging folder to start over");
            }
            return;
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static void runExperiment(RunPlan plan, Path out, ExperimentEngine engine, ProgressListener progress)
            throws IOException, OutputExistsException, ResumeException, RunFailedException {
        if (Files.exists(out)) {
            // finished in an earlier session: kept only if it is this experiment, by this model, intact
            BatchExperiment.checkComplete(plan, out);
            return;
        }
        boolean resume = Files.exists(AtomicFolder.resumableStaging(out));
        BatchExperiment.Outcome outcome = BatchExperiment.run(plan, out, resume, 0, engine, progress);
        if (!outcome.complete()) {
            throw new RunFailedException("experiment " + plan.experiment().file().getFileName() + " did not finish", null);
        }
    }

    /** The claim's effect month by month over the comparison's runs, its metric transformed by its effect measure. */
    static TimePath timePath(Claim claim, ArmSeries series) {
        Comparison c = claim.comparison();
        return TimePath.of(transformed(claim, series.runs(c.baseline().scenario(), claim.metric())),
                transformed(claim, series.runs(c.treatment().scenario(), claim.metric())), claim.expected(),
                ClaimsSettings.LEVEL);
    }

    private static List<double[]> transformed(Claim claim, List<double[]> runs) {
        return runs.stream().map(run -> java.util.Arrays.stream(run).map(claim.effect()::transform).toArray()).toList();
    }

    private static Findings analyse(ClaimsPlan plan, Path runs, AtomicFolder folder)
            throws IOException, ScenarioException {
        List<String> parameters = plan.parameters().stream().map(UncertainParameter::path).toList();
        Path comparisonDir = runs.resolve(ClaimsExperiments.COMPARISON);
        RunTable comparison = RunTable.read(comparisonDir.resolve("runs.csv"), List.of());
        RunTable replicate = RunTable.read(runs.resolve(ClaimsExperiments.REPLICATE).resolve("runs.csv"), List.of());
        RunTable robustness = RunTable.read(runs.resolve(ClaimsExperiments.ROBUSTNESS).resolve("runs.csv"), parameters);
        List<ClaimResult> results = ClaimAnalysis.analyse(plan, comparison, replicate, robustness);
        List<FactorialResult> factorial = testsEras(plan)
                ? FactorialAnalysis.analyse(plan,
                        RunTable.read(runs.resolve(ClaimsExperiments.FACTORIAL).resolve("runs.csv"), List.of()),
                        RunTable.read(runs.resolve(ClaimsExperiments.FACTORIAL_REPLICATE).resolve("runs.csv"), List.of()))
                : List.of();
        List<FactorialResult> premise = testsPremise(plan)
                ? FactorialAnalysis.premise(plan, comparison, replicate,
                        RunTable.read(runs.resolve(ClaimsExperiments.PREMISE).resolve("runs.csv"), List.of()),
                        RunTable.read(runs.resolve(ClaimsExperiments.PREMISE_REPLICATE).resolve("runs.csv"), List.of()))
                : List.of();
        ArmSeries series = ArmSeries.read(comparisonDir.resolve("runs.csv"), comparisonDir.resolve("timeseries.csv"));
        Map<String, TimePath> paths = new LinkedHashMap<>();
        for (ClaimResult r : results) {
            if (r.interval() != null) {
                paths.put(r.claim().id(), timePath(r.claim(), series));
            }
        }
        List<PosteriorShare> posterior = plan.posterior() == null ? List.of()
                : ClaimAnalysis.posteriorShares(plan.testable(), RunTable.read(
                        runs.resolve(ClaimsExperiments.POSTERIOR).resolve("runs.csv"), plan.posterior().paths()));
        Findings findings = new Findings(results, paths, factorial, premise, TextChecks.of(plan, comparison), posterior,
                plan.posterior());
        double[][] points = plan.arms().isEmpty() ? new double[0][] : robustness.points(plan.arms().get(0).scenario());

        Map<String, byte[]> figures = new LinkedHashMap<>();
        figures.put(ClaimFigures.FOREST, ClaimFigures.forest(results));
        figures.put(ClaimFigures.MAP, ClaimFigures.robustnessMap(results, plan.parameters()));
        Map<Integer, List<ClaimResult>> byNumber = new LinkedHashMap<>();
        results.stream().filter(r -> r.interval() != null)
                .forEach(r -> byNumber.computeIfAbsent(r.claim().number(), k -> new ArrayList<>()).add(r));
        for (Map.Entry<Integer, List<ClaimResult>> claim : byNumber.entrySet()) {
            figures.put(ClaimFigures.claimFile(claim.getKey()),
                    ClaimFigures.claim(claim.getValue(), series, paths, plan.parameters(), points));
        }
        Path figuresDir = Files.createDirectories(folder.resolve(ClaimFigures.DIR));
        for (Map.Entry<String, byte[]> figure : figures.entrySet()) {
            Files.write(figuresDir.resolve(figure.getKey()), figure.getValue());
        }
        folder.writeString(ClaimsCsv.CLAIMS_FILE, ClaimsCsv.claims(findings, plan.parameters()));
        folder.writeString(ClaimsCsv.ROBUSTNESS_FILE, ClaimsCsv.robustness(results, plan.parameters(), points));
        folder.writeString(ClaimsCsv.FACTORIAL_FILE, ClaimsCsv.factorial(factorial, premise));
        folder.writeString(ClaimsCsv.SOBOL_FILE, ClaimsCsv.sobol(results));
        if (!posterior.isEmpty()) {
            folder.writeString(ClaimsCsv.POSTERIOR_FILE, ClaimsCsv.posterior(findings));
        }
        ReportDocument report = ClaimsReport.build(plan, findings, figures);
        folder.writeString(REPORT_MD, MarkdownRenderer.render(report));
        folder.writeString(REPORT_HTML, HtmlRenderer.render(report));
        return findings;
    }
}

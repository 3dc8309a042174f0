package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.inferenceshift.output.AtomicFolder;
import org.inferenceshift.output.FolderChecksums;
import org.inferenceshift.output.OutputExistsException;

/**
 * Runs a planned experiment into its results folder, resumably. The folder is staged as
 * {@code .<name>.partial/} (see {@link AtomicFolder#resumable}); each finished run leaves a part there
 * ({@link RunStore}); when every run is in, the tables, plots and manifest are written and the folder is
 * renamed into place. A killed experiment leaves its staging folder; run again with {@code resume}, it
 * runs only the runs without a part, and since runs, their seeds and the tables depend only on the plan,
 * the result is byte for byte the uninterrupted one.
 */
public final class BatchExperiment {
    static final String PLAN_FILE = "plan.json";
    static final String PARTS_DIR = "parts";
    static final String LOCK_FILE = ".lock";
    static final String EXPERIMENT_COPY = "experiment.json";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** Top-level names of the staging folder that are bookkeeping, not published results. */
    private static final Set<String> BOOKKEEPING = Set.of(Manifest.FILE, Manifest.SESSIONS, PLAN_FILE, PARTS_DIR, LOCK_FILE);

    /**
     * How a call ended: {@code complete} when the results folder now exists; {@code damaged} names the
     * stored parts found damaged (cut short, empty, changed) and run again.
     */
    public record Outcome(Path folder, int total, int alreadyDone, int ranNow, boolean complete, List<String> damaged) {
        public Outcome {
            damaged = List.copyOf(damaged);
        }
    }

    private BatchExperiment() {
    }

    /**
     * Runs the plan's unfinished runs (at most {@code maxRuns} of them this time if positive) on
     * {@code engine}, then completes the folder if nothing is left.
     */
    public static Outcome run(RunPlan plan, Path out, boolean resume, int maxRuns, ExperimentEngine engine,
                              ProgressListener progress)
            throws OutputExistsException, ResumeException, IOException, RunFailedException {
        AtomicFolder.checkAvailable(out);
        Path staging = AtomicFolder.resumableStaging(out);
        ObjectNode identity = identity(plan);
        if (Files.exists(staging)) {
            if (!resume) {
                throw new ResumeException(out + ": an interrupted experiment is staged in " + staging
                        + "; add --resume to finish it, or delete that folder to start over");
            }
            checkSameExperiment(staging, identity, out);
        }
        try (AtomicFolder folder = AtomicFolder.resumable(out)) {
            Path plannedFile = folder.staging().resolve(PLAN_FILE);
            if (!Files.exists(plannedFile)) {
                Files.writeString(plannedFile, JSON.writeValueAsString(identity) + "\n", StandardCharsets.UTF_8);
            }
            RunStore store = new RunStore(folder.staging().resolve(PARTS_DIR), plan.size());
            int alreadyDone;
            int ranNow;
            boolean complete;
            // the lock keeps two processes out of one staging folder; closing the channel releases it
            try (FileChannel lockChannel = FileChannel.open(folder.staging().resolve(LOCK_FILE),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                lock(lockChannel, staging);
                BitSet done = store.finished();
                alreadyDone = done.cardinality();
                List<PlannedRun> todo = new ArrayList<>();
                for (PlannedRun run : plan.runs()) {
                    if (!done.get(run.id()) && (maxRuns <= 0 || todo.size() < maxRuns)) {
                        todo.add(run);
                    }
                }
                ranNow = todo.size();
                Manifest.logSession(folder.staging(), engine.name(), engine.parallelism(), alreadyDone);
                KeepSpec keep = plan.keep();
                try (progress) {
                    progress.started(plan.size(), alreadyDone);
                    engine.execute(plan.task(), todo, row -> {
                        store.write(row.runId(), ExperimentTables.part(plan.runs().get(row.runId()), row, keep));
                        progress.finished(row);
                    });
                }
                complete = alreadyDone + ranNow == plan.size();
                if (complete) {
                    finish(plan, identity, store, folder.staging());
                }
            }
            if (complete) {
                Files.delete(folder.staging().resolve(LOCK_FILE));
                folder.commit();
            }
            return new Outcome(complete ? out : staging, plan.size(), alreadyDone, ranNow, complete, store.damaged());
        }
    }

    /**
     * How many of the plan's runs are already done for results folder {@code out}: all of them if it is
     * there (finished earlier), the intact parts if an interrupted session left it staged, otherwise none.
     * Read only; for progress over several experiments, shown before any of them opens its folder.
     */
    public static int finishedRuns(RunPlan plan, Path out) throws IOException {
        if (Files.isDirectory(out)) {
            return plan.size();
        }
        return RunStore.countIntact(AtomicFolder.resumableStaging(out).resolve(PARTS_DIR), plan.size());
    }

    /** Turns the parts into the published files and removes the bookkeeping. */
    private static void finish(RunPlan plan, ObjectNode identity, RunStore store, Path staging) throws IOException {
        ExperimentTables.assemble(plan, store, staging.resolve(ExperimentTables.RUNS_FILE),
                staging.resolve(ExperimentTables.TIMESERIES_FILE));
        BandPlots.write(plan, store, staging);
        Files.copy(plan.experiment().file(), staging.resolve(EXPERIMENT_COPY), StandardCopyOption.REPLACE_EXISTING);
        Manifest.write(plan, staging, identity, FolderChecksums.of(staging, BOOKKEEPING));
        deleteTree(store.dir());
        Files.delete(staging.resolve(PLAN_FILE));
    }

    /**
     * What the staged runs belong to: the experiment and scenario files' hashes, the model's fingerprint
     * ({@link ModelVersion}: its code and defaults) and a digest of the planned runs (ids, scenarios,
     * points, seeds, overrides). A resume must match it exactly.
     */
    static ObjectNode identity(RunPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", plan.experiment().name());
        root.put("experimentSha256", plan.experiment().sha256());
        ObjectNode scenarios = root.putObject("scenarioSha256");
        plan.experiment().scenarios().forEach(s -> scenarios.put(s.reference(), s.sha256()));
        root.put("model", ModelVersion.fingerprint());
        root.put("runs", plan.size());
        StringBuilder runs = new StringBuilder();
        for (PlannedRun run : plan.runs()) {
            runs.append(run.id()).append(',').append(run.scenario()).append(',').append(run.point()).append(',')
                    .append(run.replicate()).append(',').append(run.seed()).append(',').append(run.overrides()).append('\n');
        }
        root.put("plannedRunsSha256", ExperimentLoader.sha256(runs.toString().getBytes(StandardCharsets.UTF_8)));
        root.put("runsHeader", String.join(",", ExperimentTables.runsHeader(plan)));
        return root;
    }

    /** What differs between the identity recorded with earlier runs and this plan's, in words; empty if nothing. */
    static List<String> differences(JsonNode recorded, ObjectNode now) {
        List<String> out = new ArrayList<>();
        if (recorded == null || !recorded.isObject()) {
            out.add("it records no identity (made by an older version, or not by batch)");
            return out;
        }
        if (!now.get("experiment").equals(recorded.get("experiment"))) {
            out.add("it is experiment " + recorded.path("experiment") + ", not \"" + now.get("experiment").asText() + "\"");
        } else if (!now.get("experimentSha256").equals(recorded.get("experimentSha256"))) {
            out.add("the experiment file changed");
        }
        JsonNode scenarios = recorded.path("scenarioSha256");
        now.get("scenarioSha256").fields().forEachRemaining(e -> {
            if (!e.getValue().equals(scenarios.get(e.getKey()))) {
                out.add("scenario file " + e.getKey() + (scenarios.has(e.getKey()) ? " changed" : " was not part of it"));
            }
        });
        scenarios.fieldNames().forEachRemaining(name -> {
            if (!now.get("scenarioSha256").has(name)) {
                out.add("scenario file " + name + " is no longer in the experiment");
            }
        });
        if (!now.get("model").equals(recorded.get("model"))) {
            out.add("the model's code or defaults changed (model " + shortly(recorded.path("model").asText("none"))
                    + " then, " + shortly(now.get("model").asText()) + " now)");
        }
        if (out.isEmpty() && !now.equals(recorded)) {
            out.add("the run plan changed");
        }
        return out;
    }

    private static String shortly(String fingerprint) {
        return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
    }

    private static void checkSameExperiment(Path staging, ObjectNode identity, Path out) throws IOException, ResumeException {
        Path planned = staging.resolve(PLAN_FILE);
        if (!Files.exists(planned)) {
            return;
        }
        List<String> differences = differences(readJson(planned), identity);
        if (!differences.isEmpty()) {
            throw new ResumeException(out + ": cannot resume the experiment staged in " + staging + ": "
                    + String.join("; ", differences) + ". Resuming would mix runs of different inputs or model versions;"
                    + " choose another --out, or delete that folder to start over");
        }
    }

    /**
     * For {@code --resume} on a folder that already exists: returns normally only if it is this
     * experiment, finished by this model version, with every file as it was written; otherwise says why not.
     */
    public static void checkComplete(RunPlan plan, Path folder) throws ResumeException, IOException {
        Path manifest = folder.resolve(Manifest.FILE);
        if (!Files.isRegularFile(manifest)) {
            throw new ResumeException(folder + ": exists and is not a finished experiment (no " + Manifest.FILE
                    + "); nothing to resume there. Choose another --out");
        }
        JsonNode recorded = readJson(manifest);
        List<String> differences = differences(recorded == null ? null : recorded.get("identity"), identity(plan));
        if (!differences.isEmpty()) {
            throw new ResumeException(folder + ": is a finished experiment of other inputs: " + String.join("; ", differences)
                    + ". Choose another --out");
        }
        Map<String, String> files = new java.util.TreeMap<>();
        recorded.path("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue().asText()));
        List<String> damage = FolderChecksums.differences(folder, files, Set.of(Manifest.FILE));
        if (files.isEmpty() || !damage.isEmpty()) {
            throw new ResumeException(folder + ": is this experiment, finished, but its files are not as written ("
                    + (files.isEmpty() ? "no checksums recorded" : String.join(", ", damage))
                    + "); remove the folder and run the experiment again");
        }
    }

    /** A JSON file of this folder's own making, or null if it is not readable JSON any more. */
    private static JsonNode readJson(Path file) throws IOException {
        try {
            return JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException | java.nio.charset.MalformedInputException e) {
            return null;
        }
    }

    private static void lock(FileChannel channel, Path staging) throws IOException, ResumeException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new ResumeException(staging + ": another batch process is running this experiment");
            }
        } catch (OverlappingFileLockException e) {
            throw new ResumeException(staging + ": another batch in this process is running this experiment");
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        }
    }
}

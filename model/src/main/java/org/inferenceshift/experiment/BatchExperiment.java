package org.inferenceshift.experiment;

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
import java.util.stream.Stream;
import org.inferenceshift.output.AtomicFolder;
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
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /** How a call ended: {@code complete} when the results folder now exists. */
    public record Outcome(Path folder, int total, int alreadyDone, int ranNow, boolean complete) {
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
        String identity = identity(plan);
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
                Files.writeString(plannedFile, identity, StandardCharsets.UTF_8);
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
                    finish(plan, store, folder.staging());
                }
            }
            if (complete) {
                Files.delete(folder.staging().resolve(LOCK_FILE));
                folder.commit();
            }
            return new Outcome(complete ? out : staging, plan.size(), alreadyDone, ranNow, complete);
        }
    }

    /** Turns the parts into the published files and removes the bookkeeping. */
    private static void finish(RunPlan plan, RunStore store, Path staging) throws IOException {
        ExperimentTables.assemble(plan, store, staging.resolve(ExperimentTables.RUNS_FILE),
                staging.resolve(ExperimentTables.TIMESERIES_FILE));
        BandPlots.write(plan, store, staging);
        Files.copy(plan.experiment().file(), staging.resolve(EXPERIMENT_COPY), StandardCopyOption.REPLACE_EXISTING);
        Manifest.write(plan, staging);
        deleteTree(store.dir());
        Files.delete(staging.resolve(PLAN_FILE));
    }

    /**
     * What the staged runs belong to: the experiment and scenario files' hashes and a digest of the
     * planned runs (ids, scenarios, points, seeds, overrides). A resume must match it exactly.
     */
    static String identity(RunPlan plan) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", plan.experiment().name());
        root.put("experimentSha256", plan.experiment().sha256());
        ArrayNode scenarios = root.putArray("scenarioSha256");
        plan.experiment().scenarios().forEach(s -> scenarios.add(s.sha256()));
        root.put("runs", plan.size());
        StringBuilder runs = new StringBuilder();
        for (PlannedRun run : plan.runs()) {
            runs.append(run.id()).append(',').append(run.scenario()).append(',').append(run.point()).append(',')
                    .append(run.replicate()).append(',').append(run.seed()).append(',').append(run.overrides()).append('\n');
        }
        root.put("plannedRunsSha256", ExperimentLoader.sha256(runs.toString().getBytes(StandardCharsets.UTF_8)));
        root.put("runsHeader", String.join(",", ExperimentTables.runsHeader(plan)));
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void checkSameExperiment(Path staging, String identity, Path out) throws IOException, ResumeException {
        Path planned = staging.resolve(PLAN_FILE);
        if (Files.exists(planned) && !Files.readString(planned, StandardCharsets.UTF_8).equals(identity)) {
            throw new ResumeException(out + ": the interrupted experiment staged in " + staging
                    + " was planned from different files (the experiment file, a scenario file or the run plan changed); "
                    + "resuming would mix two experiments. Choose another --out, or delete that folder to start over");
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

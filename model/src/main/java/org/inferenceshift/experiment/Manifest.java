package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code manifest.json}: where the results came from. The experiment and scenario files (with their
 * SHA-256), the JVM, and the sessions that ran it, each with its start time, engine and code version
 * (git commit, and whether the work tree had uncommitted changes), so a resume on other code shows. The only output file with timestamps or machine details; every other file depends on the
 * experiment alone.
 */
final class Manifest {
    static final String FILE = "manifest.json";
    /** Staging-only log of sessions, one JSON object a line, folded into the manifest at the end. */
    static final String SESSIONS = "sessions.jsonl";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private Manifest() {
    }

    static void logSession(Path staging, String engine, int parallelism, int alreadyDone) throws IOException {
        ObjectNode session = JSON.createObjectNode();
        session.put("started", Instant.now().toString());
        session.put("engine", engine);
        session.put("parallelism", parallelism);
        session.put("runsAlreadyDone", alreadyDone);
        session.set("code", code());
        Files.writeString(staging.resolve(SESSIONS), JSON.writer().without(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(session) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    /**
     * @param identity what a resume must match ({@link BatchExperiment#identity})
     * @param files    SHA-256 of every published file, so a resume trusts the folder only while they hold
     */
    static void write(RunPlan plan, Path staging, JsonNode identity, java.util.Map<String, String> files) throws IOException {
        Experiment experiment = plan.experiment();
        ObjectNode root = JSON.createObjectNode();
        root.put("experiment", experiment.name());
        root.put("purpose", experiment.purpose());
        root.put("file", experiment.file().toString());
        root.put("sha256", experiment.sha256());
        ArrayNode scenarios = root.putArray("scenarios");
        for (ExperimentScenario scenario : experiment.scenarios()) {
            scenarios.addObject().put("name", scenario.name()).put("file", scenario.reference())
                    .put("sha256", scenario.sha256());
        }
        root.put("seed", experiment.seed());
        root.put("seeds", experiment.replicates());
        root.put("runs", plan.size());
        ArrayNode parameters = root.putArray("parameters");
        plan.parameters().forEach(parameters::add);
        root.set("identity", identity);
        ObjectNode sums = root.putObject("files");
        files.forEach(sums::put);
        root.set("jvm", jvm());
        ArrayNode sessions = root.putArray("sessions");
        List<String> lines = Files.readAllLines(staging.resolve(SESSIONS), StandardCharsets.UTF_8);
        for (String line : lines) {
            sessions.add(JSON.readTree(line));
        }
        root.put("started", sessions.isEmpty() ? null : sessions.get(0).get("started").asText());
        root.put("ended", Instant.now().toString());
        Files.writeString(staging.resolve(FILE), JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        Files.delete(staging.resolve(SESSIONS));
    }

    private static JsonNode code() {
        ObjectNode code = JSON.createObjectNode();
        String version = Manifest.class.getPackage().getImplementationVersion();
        code.put("version", version == null ? "unpackaged build" : version);
        Path location = codeLocation();
        String commit = location == null ? null : git(location, "rev-parse", "HEAD");
        code.put("gitCommit", commit);
        if (commit != null) {
            String changes = git(location, "status", "--porcelain", "--untracked-files=no");
            code.put("gitUncommittedChanges", changes != null && !changes.isEmpty());
        }
        return code;
    }

    private static JsonNode jvm() {
        ObjectNode jvm = JSON.createObjectNode();
        for (String property : List.of("java.version", "java.vendor", "java.vm.name", "os.name", "os.arch")) {
            jvm.put(property, System.getProperty(property));
        }
        jvm.put("processors", Runtime.getRuntime().availableProcessors());
        jvm.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
        return jvm;
    }

    /** The folder holding the running code (jar or classes), to ask git which commit built it. */
    private static Path codeLocation() {
        try {
            Path path = Path.of(Manifest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(path) ? path : path.getParent();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** One line of git output, or null when git or a repository is not there (a cluster node). */
    private static String git(Path dir, String... args) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of("git", "-C", dir.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}

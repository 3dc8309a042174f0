package org.inferenceshift.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.inferenceshift.experiment.BatchExperiment;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.LocalEngine;
import org.inferenceshift.experiment.ProgressListener;
import org.inferenceshift.experiment.RunPlan;
import org.inferenceshift.experiment.RunPlanner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./inferenceshift cluster start --workers 2} as a user runs it: the script behind it starts a Spark
 * standalone master and two workers on loopback from this module's own Spark jars, a small experiment runs
 * on it (tasks on the workers' executors, in other JVMs), and every file equals the local engine's. Tagged
 * {@code cluster}: it takes minutes, so the default suite leaves it out and {@code .ci/run} runs it after.
 */
@Tag("cluster")
class StandaloneClusterTest {
    private static final Path SCRIPT = Path.of("bin", "cluster").toAbsolutePath();
    private static final Path SCENARIOS = Path.of("..", "scenarios").toAbsolutePath().normalize();

    @TempDir
    static Path dir;
    static Map<String, String> env;
    static String masterUrl;
    static String started;

    @BeforeAll
    static void startACluster() throws Exception {
        // surefire names the whole test classpath here (java.class.path is only its booter jar)
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String opens = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("--add-opens")).collect(Collectors.joining(" "));
        env = Map.of("INFERENCESHIFT_CLUSTER_CLASSPATH", classpath, "INFERENCESHIFT_CLUSTER_DIR", dir.resolve("cluster").toString(),
                "INFERENCESHIFT_JAVA_OPENS", opens);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        masterUrl = "spark://127.0.0.1:" + port;
        started = cluster("start", "--workers", "2", "--port", Integer.toString(port));
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (env != null) {
            cluster("stop");
        }
    }

    /** Runs the cluster script and returns what it printed; fails on a non-zero exit. */
    static String cluster(String... args) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("bash", SCRIPT.toString()), Stream.of(args)).toList());
        pb.environment().putAll(env);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), "cluster " + args[0] + " did not finish");
        assertEquals(0, p.exitValue(), "cluster " + String.join(" ", args) + ": " + out);
        return out;
    }

    @Test
    void aBatchOnTwoStandaloneWorkersWritesTheSameFilesAsTheLocalEngine() throws Exception {
        assertTrue(started.startsWith("Spark master " + masterUrl + " with 2 worker(s)"), started);
        assertTrue(cluster("status").contains(masterUrl + " (PID "), "status names the master");
        assertTrue(cluster("status").contains("2 worker(s) running"));

        Path experiment = dir.resolve("cluster-tiny.json");
        Files.writeString(experiment, """
                {"name": "cluster-tiny", "purpose": "test", "seed": 5, "seeds": 2,
                 "scenarios": ["%s", "%s"], "agents": 300, "set": {"horizonMonths": 12},
                 "grid": {"choice.reviewRate": [0.1, 0.3]},
                 "keep": {"metrics": ["hhi_revenue", "mean_success"], "statistics": ["last", "max"]}}
                """.formatted(SCENARIOS.resolve("pretraining-era.json"), SCENARIOS.resolve("inference-era.json")),
                StandardCharsets.UTF_8);
        RunPlan plan = RunPlanner.plan(ExperimentLoader.load(experiment));
        Path local = dir.resolve("local");
        try (LocalEngine engine = new LocalEngine(2)) {
            assertTrue(BatchExperiment.run(plan, local, false, 0, engine, ProgressListener.NONE).complete());
        }
        Path onCluster = dir.resolve("cluster-run");
        // what the launcher sets from INFERENCESHIFT_SPARK_MASTER
        SparkConf conf = new SparkConf().setMaster(masterUrl).setAppName("inferenceshift-cluster-test")
                .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1")
                .set("spark.ui.enabled", "false").set("spark.executor.memory", "512m")
                .set("spark.executor.extraClassPath", env.get("INFERENCESHIFT_CLUSTER_CLASSPATH"));
        try (JavaSparkContext context = new JavaSparkContext(conf); SparkEngine engine = new SparkEngine(context)) {
            assertTrue(BatchExperiment.run(plan, onCluster, false, 0, engine, ProgressListener.NONE).complete());
        }
        for (int worker = 1; worker <= 2; worker++) {
            String log = Files.readString(dir.resolve("cluster").resolve("logs").resolve("worker-" + worker + ".log"));
            assertTrue(log.contains("Asked to launch executor"), "worker " + worker + " ran an executor:\n" + log);
        }
        for (Path file : files(local)) {
            if (!file.toString().equals("manifest.json")) {
                assertArrayEquals(Files.readAllBytes(local.resolve(file)), Files.readAllBytes(onCluster.resolve(file)), file + " differs");
            }
        }
        assertEquals(files(local), files(onCluster));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}

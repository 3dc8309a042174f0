package org.inferenceshift.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.inferenceshift.experiment.ExperimentEngine;
import org.inferenceshift.experiment.PlannedRun;
import org.inferenceshift.experiment.RowSink;
import org.inferenceshift.experiment.RunFailedException;
import org.inferenceshift.experiment.RunRow;
import org.inferenceshift.experiment.RunTask;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;
import scala.runtime.AbstractFunction1;
import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * Runs an experiment's runs as Spark tasks: {@code parallelize(runs).map(task::execute)}. Each task
 * sends back only its {@link RunRow} (summary values and the kept series), never the lab tables or the
 * population, and the driver hands each partition's rows to the sink as soon as that partition
 * finishes, so results stream to disk instead of being collected. What a run computes is the same
 * {@link RunTask} the local engine runs, so the rows are the same.
 */
public final class SparkEngine implements ExperimentEngine {
    public static final String NAME = "spark";
    /** Beyond this many partitions, task bookkeeping on the driver costs more than finer progress gains. */
    static final int MAX_PARTITIONS = 10_000;
    /**
     * Runs a task holds when an experiment has runs to spare: each task costs the driver a few milliseconds
     * of scheduling and result handling whatever it holds, about a fortieth of a 10,000-user run, so a
     * claims study of 5,000 runs spends that on 1,300 tasks instead of 5,000.
     */
    static final int RUNS_PER_TASK = 4;
    /** Tasks per executor slot at least, so the slots finish an experiment together (none idles through its tail). */
    static final int TASKS_PER_SLOT = 4;

    private final JavaSparkContext context;
    private final boolean ownsContext;

    /** Uses a running context (tests share one); {@link #close()} leaves it running. */
    public SparkEngine(JavaSparkContext context) {
        this(context, false);
    }

    private SparkEngine(JavaSparkContext context, boolean ownsContext) {
        this.context = context;
        this.ownsContext = ownsContext;
    }

    /**
     * Starts a context from the submitted configuration. Without a master (started by the launcher rather
     * than {@code spark-submit}) it runs {@code local[threads]}, bound to the loopback interface, no UI.
     */
    public static SparkEngine start(int threads) {
        SparkConf conf = new SparkConf().setAppName("InferenceShift batch");
        conf.setIfMissing("spark.master", "local[" + Math.max(1, threads) + "]");
        if (conf.get("spark.master").startsWith("local")) {
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.ui.enabled", "false");
        }
        return new SparkEngine(new JavaSparkContext(conf), true);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int parallelism() {
        return context.defaultParallelism();
    }

    @Override
    public void execute(RunTask task, List<PlannedRun> runs, RowSink sink) throws RunFailedException {
        if (runs.isEmpty()) {
            return;
        }
        int partitions = partitions(runs.size(), parallelism());
        JavaRDD<RunRow> rows = context.parallelize(runs, partitions).map(task::execute);
        HandOver handOver = new HandOver(sink);
        ClassTag<RunRow[]> tag = ClassTag$.MODULE$.apply(RunRow[].class);
        try {
            context.sc().runJob(rows.rdd(), new PartitionRows(), handOver, tag);
        } catch (RuntimeException e) {
            if (handOver.failure != null) {
                throw new RunFailedException("cannot store a finished run: " + handOver.failure.getMessage(), handOver.failure);
            }
            throw new RunFailedException("Spark job failed: " + rootMessage(e), e);
        }
    }

    /**
     * How many tasks an experiment of {@code runs} runs becomes: {@link #RUNS_PER_TASK} runs each, but never
     * fewer than {@link #TASKS_PER_SLOT} per slot (nor more tasks than runs, nor than {@link #MAX_PARTITIONS}).
     */
    static int partitions(int runs, int slots) {
        int grouped = (runs + RUNS_PER_TASK - 1) / RUNS_PER_TASK;
        return Math.min(Math.min(runs, MAX_PARTITIONS), Math.max(grouped, TASKS_PER_SLOT * Math.max(1, slots)));
    }

    @Override
    public void close() {
        if (ownsContext) {
            context.stop();
        }
    }


    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (cause: " + cause + ")";
    }

    /** On an executor: a partition's rows as an array, the only thing that travels back. */
    private static final class PartitionRows extends AbstractFunction1<scala.collection.Iterator<RunRow>, RunRow[]>
            implements Serializable {
        private static final long serialVersionUID = 1L;

        @Override
        public RunRow[] apply(scala.collection.Iterator<RunRow> rows) {
            List<RunRow> out = new ArrayList<>();
            while (rows.hasNext()) {
                out.add(rows.next());
            }
            return out.toArray(new RunRow[0]);
        }
    }

    /** On the driver, once per finished partition (Spark calls it from one thread at a time). */
    private static final class HandOver extends AbstractFunction2<Object, RunRow[], BoxedUnit> {
        private final RowSink sink;
        private IOException failure;

        HandOver(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public BoxedUnit apply(Object partition, RunRow[] rows) {
            for (RunRow row : rows) {
                try {
                    sink.accept(row);
                } catch (IOException e) {
                    failure = e;
                    throw new IllegalStateException(e);
                }
            }
            return BoxedUnit.UNIT;
        }
    }
}

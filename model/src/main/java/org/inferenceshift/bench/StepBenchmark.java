package org.inferenceshift.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.sim.IndustryModel;

/**
 * Times the model month by month at one population size and, right after each month, the
 * {@link BareKernel} over the same users and the same month's offers. Each repeat is a fresh run of the
 * scenario from its seed (so every repeat does the same work); each timing keeps its fastest repeat. The
 * process's CPU time over a repeat, divided by its wall time, tells how many cores the run actually got:
 * less than its threads when other work on the machine took the rest.
 */
public final class StepBenchmark {
    private StepBenchmark() {
    }

    /** Measures {@code scenario} (its population size and horizon as given) {@code repeats} times. */
    public static SizeResult measure(Scenario scenario, int threads, int repeats) {
        int users = scenario.population().agents();
        double bestStep = Double.MAX_VALUE;
        double bestPass = Double.MAX_VALUE;
        double bestKernel = Double.MAX_VALUE;
        double bestSetup = Double.MAX_VALUE;
        double stepCores = 0;
        double bytesPerUser = 0;
        long peak = 0;
        int months = 0;
        for (int r = 0; r < repeats; r++) {
            long before = heapAfterCollection();
            resetPeaks();
            long started = System.nanoTime();
            IndustryModel model = new IndustryModel(scenario);
            model.setThreads(threads);
            model.start();
            bestSetup = Math.min(bestSetup, (System.nanoTime() - started) / 1e9);
            BareKernel kernel = new BareKernel(scenario, threads);
            long step = 0;
            long cpuAtStart = Machine.processCpuNanos();
            long wallAtStart = System.nanoTime();
            long pass = 0;
            long bare = 0;
            months = 0;
            try {
                while (true) {
                    long t0 = System.nanoTime();
                    boolean stepped = model.schedule.step(model);
                    long t1 = System.nanoTime();
                    if (!stepped) {
                        // the run ended at its horizon: this call found an empty schedule
                        break;
                    }
                    // the kernel re-chooses as many users as the model just did
                    kernel.run(model.population(), model.snapshot(), model.tally().reviewers() / users);
                    long t2 = System.nanoTime();
                    step += t1 - t0;
                    pass += model.userPass().lastPassNanos();
                    bare += t2 - t1;
                    if (months++ == 0) {
                        // after the first month everything the run keeps per user exists (the pass allocates its
                        // own columns on its first run); the kernel's output column is not the model's
                        bytesPerUser = (heapAfterCollection() - before - kernel.bytes()) / (double) users;
                    }
                }
            } finally {
                model.finish();
                kernel.shutdown();
            }
            double cores = (Machine.processCpuNanos() - cpuAtStart) / (double) (System.nanoTime() - wallAtStart);
            peak = Math.max(peak, peakHeap());
            double userSteps = (double) users * months;
            if (step / userSteps < bestStep) {
                stepCores = cores;
            }
            bestStep = Math.min(bestStep, step / userSteps);
            bestPass = Math.min(bestPass, pass / userSteps);
            bestKernel = Math.min(bestKernel, bare / userSteps);
        }
        return new SizeResult(users, months, threads, repeats, bestStep, bestPass, bestKernel, stepCores, bestSetup,
                bytesPerUser, peak);
    }

    /** Heap in use after a full collection (System.gc() is a full, stop-the-world collection on G1). */
    static long heapAfterCollection() {
        for (int i = 0; i < 2; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}

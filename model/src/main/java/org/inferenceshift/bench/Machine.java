package org.inferenceshift.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a benchmark ran on, recorded with its figures: cores, memory, JVM, the heap in force and
 * the JVM's default heap, and the load average (other work on the machine disturbs the timings).
 */
public record Machine(int processors, long memoryBytes, String cpu, String java, String vm, String os,
                      long maxHeapBytes, long defaultMaxHeapBytes, double loadAverage) {

    public static Machine current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, cpuModel(),
                System.getProperty("java.version"), System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                Runtime.getRuntime().maxMemory(),
                // the JVM's default maximum heap is a quarter of physical memory (MaxRAMPercentage = 25)
                memory < 0 ? -1 : memory / 4,
                os.getSystemLoadAverage());
    }

    /** CPU time used by this process so far, every thread included (-1 if the JVM cannot tell). */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean sun
                ? sun.getProcessCpuTime() : -1;
    }

    /** The load average now (one minute), to record next to each phase. */
    public static double loadNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public String describe() {
        return String.format(Locale.ROOT, "%d cores (%s), %.1f GiB RAM, Java %s (%s), %s; heap max %.1f GiB (JVM default %.1f GiB); load %.2f",
                processors, cpu, memoryBytes / GIB, java, vm, os, maxHeapBytes / GIB, defaultMaxHeapBytes / GIB, loadAverage);
    }

    private static final double GIB = 1024.0 * 1024 * 1024;

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(info)) {
                for (String line : Files.readAllLines(info)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (IOException e) {
            // the CPU model is descriptive only
        }
        return "unknown CPU";
    }
}

package org.inferenceshift.bench;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Everything one {@code bench} run measured, the targets checked against it, and the three ways
 * it is written: a text table for the console, {@code bench.json}, and {@code scaling.csv}. A phase that
 * was skipped is null and its targets are listed as not measured.
 */
public record BenchReport(Machine machine, String scenario, List<SizeResult> sizes, EndToEnd.Result endToEnd,
                          BatchBenchmark.Result batch, ThreadDeterminism.Result determinism, double loadAtEnd) {

    static final double END_TO_END_SECONDS = 15;
    static final double KERNEL_RATIO = 2;
    static final double BYTES_PER_USER = 64;
    static final double GROWTH = 1.5;
    static final double BATCH_SPEEDUP = 1.8;
    private static final int RATIO_USERS = 1_000_000;
    private static final int GROWTH_FROM = 100_000;
    private static final int LARGE = 10_000_000;

    /** One target of the performance issue: what was asked, what was measured, whether it holds. */
    public record Target(String name, String required, String measured, Boolean met) {
    }

    public List<Target> targets() {
        List<Target> out = new ArrayList<>();
        if (endToEnd != null) {
            out.add(new Target(String.format(Locale.ROOT, "end to end, %,d users x %d months", endToEnd.users(), endToEnd.months()),
                    "< " + (int) END_TO_END_SECONDS + " s", format("%.1f s (best of %d)", endToEnd.bestSeconds(), endToEnd.seconds().size()),
                    endToEnd.bestSeconds() < END_TO_END_SECONDS));
        } else {
            out.add(notMeasured("end to end, 1,000,000 users x 132 months", "< 15 s"));
        }
        SizeResult ratioAt = at(RATIO_USERS);
        if (ratioAt == null && !sizes.isEmpty()) {
            ratioAt = sizes.get(sizes.size() - 1);
        }
        if (ratioAt != null) {
            out.add(new Target(String.format(Locale.ROOT, "model / kernel at %,d users (whole month)", ratioAt.users()),
                    "<= 2", format("%.2f (user pass alone %.2f)", ratioAt.stepOverKernel(), ratioAt.passOverKernel()),
                    ratioAt.stepOverKernel() <= KERNEL_RATIO));
            SizeResult largest = sizes.get(sizes.size() - 1);
            out.add(new Target(String.format(Locale.ROOT, "heap per user at %,d users", largest.users()), "<= 64 bytes",
                    format("%.1f bytes", largest.heapBytesPerUser()), largest.heapBytesPerUser() <= BYTES_PER_USER));
        }
        SizeResult large = at(LARGE);
        if (large != null) {
            out.add(new Target("10,000,000 users within the default heap", format("peak <= %.1f GiB (RAM / 4)",
                    machine.defaultMaxHeapBytes() / GIB), format("peak %.2f GiB", large.peakHeapBytes() / GIB),
                    large.peakHeapBytes() <= machine.defaultMaxHeapBytes()));
        } else {
            out.add(notMeasured("10,000,000 users within the default heap", "peak <= RAM / 4"));
        }
        SizeResult from = at(GROWTH_FROM);
        SizeResult to = sizes.isEmpty() ? null : sizes.get(sizes.size() - 1);
        if (from != null && to != null && to.users() > from.users()) {
            double growth = to.stepNs() / from.stepNs();
            out.add(new Target(String.format(Locale.ROOT, "time per user-step, %,d -> %,d users", from.users(), to.users()),
                    "grows <= 1.5x", format("x %.2f", growth), growth <= GROWTH));
        } else {
            out.add(notMeasured("time per user-step, 100,000 -> 10,000,000 users", "grows <= 1.5x"));
        }
        if (batch != null) {
            out.add(new Target(String.format(Locale.ROOT, "batch runs/min, %d workers vs 1", batch.threads()), ">= 1.8x",
                    format("x %.2f (%.0f vs %.0f runs/min; had %.2f cores)", batch.speedup(), batch.runsPerMinuteMany(),
                            batch.runsPerMinuteOne(), batch.coresMany()),
                    batch.speedup() >= BATCH_SPEEDUP));
        } else {
            out.add(notMeasured("batch runs/min, 2 workers vs 1", ">= 1.8x"));
        }
        if (determinism != null) {
            out.add(new Target(String.format(Locale.ROOT, "outputs with 1 and %d threads, %,d users", determinism.threads(), determinism.users()),
                    "byte-identical", determinism.identical() ? determinism.files() + " files identical"
                    : "differ: " + determinism.firstDifference(), determinism.identical()));
        } else {
            out.add(notMeasured("outputs with 1 and 2 threads", "byte-identical"));
        }
        return out;
    }

    private SizeResult at(int users) {
        for (SizeResult r : sizes) {
            if (r.users() == users) {
                return r;
            }
        }
        return null;
    }

    private static Target notMeasured(String name, String required) {
        return new Target(name, required, "not measured in this run", null);
    }

    /** The console summary: one row per size, then the targets. */
    public String table() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%12s %7s %11s %11s %11s %9s %9s %6s %10s %10s%n", "users", "months",
                "month ns/u", "pass ns/u", "kernel ns/u", "month/krn", "pass/krn", "cores", "heap B/u", "setup s"));
        for (SizeResult r : sizes) {
            b.append(String.format(Locale.ROOT, "%,12d %7d %11.1f %11.1f %11.1f %9.2f %9.2f %6.2f %10.1f %10.2f%n",
                    r.users(), r.months(), r.stepNs(), r.passNs(), r.kernelNs(), r.stepOverKernel(),
                    r.passOverKernel(), r.stepCores(), r.heapBytesPerUser(), r.setupSeconds()));
        }
        b.append("(cores: CPU time over wall time of a repeat, about the threads on a quiet machine; less when other work took the rest)")
                .append(System.lineSeparator());
        b.append(System.lineSeparator());
        for (Target t : targets()) {
            String verdict = t.met() == null ? "-" : t.met() ? "met" : "MISSED";
            b.append(String.format(Locale.ROOT, "%-48s %-24s %-44s %s%n", t.name(), t.required(), t.measured(), verdict));
        }
        return b.toString();
    }

    public String csv() {
        StringBuilder b = new StringBuilder("users,months,threads,repeats,month_ns_per_user_step,pass_ns_per_user_step,"
                + "kernel_ns_per_user_step,month_over_kernel,pass_over_kernel,cores,heap_bytes_per_user,peak_heap_bytes,"
                + "setup_seconds\n");
        for (SizeResult r : sizes) {
            b.append(String.format(Locale.ROOT, "%d,%d,%d,%d,%.3f,%.3f,%.3f,%.4f,%.4f,%.3f,%.2f,%d,%.3f%n", r.users(),
                    r.months(), r.threads(), r.repeats(), r.stepNs(), r.passNs(), r.kernelNs(), r.stepOverKernel(),
                    r.passOverKernel(), r.stepCores(), r.heapBytesPerUser(), r.peakHeapBytes(), r.setupSeconds()));
        }
        return b.toString();
    }

    public String json() throws IOException {
        JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        ObjectNode root = mapper.createObjectNode();
        root.put("scenario", scenario);
        root.set("machine", mapper.valueToTree(machine));
        root.put("loadAverageAtEnd", loadAtEnd);
        ArrayNode sizeNodes = root.putArray("sizes");
        for (SizeResult r : sizes) {
            ObjectNode node = mapper.valueToTree(r);
            node.put("stepOverKernel", r.stepOverKernel());
            node.put("passOverKernel", r.passOverKernel());
            sizeNodes.add(node);
        }
        root.set("endToEnd", endToEnd == null ? null : mapper.valueToTree(endToEnd));
        if (batch != null) {
            ObjectNode node = mapper.valueToTree(batch);
            node.put("speedup", batch.speedup());
            root.set("batch", node);
        } else {
            root.putNull("batch");
        }
        if (determinism != null) {
            ObjectNode node = mapper.valueToTree(determinism);
            node.put("identical", determinism.identical());
            root.set("determinism", node);
        } else {
            root.putNull("determinism");
        }
        root.set("targets", mapper.valueToTree(targets()));
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }

    private static final double GIB = 1024.0 * 1024 * 1024;

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}

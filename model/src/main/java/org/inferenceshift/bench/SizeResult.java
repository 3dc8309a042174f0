package org.inferenceshift.bench;

/**
 * What the benchmark measured at one population size: the best of its repeats for each timing (the
 * least disturbed by other work on the machine), in nanoseconds per user-step (one user, one month).
 *
 * @param users             simulated users
 * @param months            months stepped per repeat
 * @param threads           threads of the user pass and of the kernel
 * @param repeats           runs measured; every timing is the fastest of them
 * @param stepNs            a whole month (every phase: labs, regulators, settlement, metrics, the user pass)
 * @param passNs            the user pass alone
 * @param kernelNs          the bare kernel over the same users and offers ({@link BareKernel})
 * @param stepCores         process CPU time over wall time while the model and the kernel ran, in the
 *                          fastest repeat: the cores they really had (about {@code threads} on a quiet
 *                          machine, less on a busy one; the garbage collector and the JIT count too)
 * @param setupSeconds      building the model: drawing the population, labs, chunks
 * @param heapBytesPerUser  heap held by the model after its first month (full collection), per user
 * @param peakHeapBytes     highest heap use seen while building and stepping the model (sum of the heap
 *                          pools' peaks, an upper bound; garbage included)
 */
public record SizeResult(int users, int months, int threads, int repeats, double stepNs, double passNs,
                         double kernelNs, double stepCores, double setupSeconds, double heapBytesPerUser, long peakHeapBytes) {

    /** The headline figure: a whole month of the model per user against the bare kernel. */
    public double stepOverKernel() {
        return stepNs / kernelNs;
    }

    /** The user pass alone against the bare kernel. */
    public double passOverKernel() {
        return passNs / kernelNs;
    }
}

package org.inferenceshift.output;

import java.nio.file.Path;

/**
 * A child-process main for the interruption tests: stages a results folder, says so, and waits to be
 * killed, so a test can interrupt a run at the one moment files exist on disk before being published.
 */
public final class HoldStagedResults {
    private HoldStagedResults() {
    }

    public static void main(String[] args) throws Exception {
        AtomicFolder folder = AtomicFolder.create(Path.of(args[0]));
        folder.writeString("timeseries.csv", "month\n0\n");
        System.out.println("staged " + folder.staging());
        System.out.flush();
        Thread.sleep(60_000);
        folder.close();
    }
}

package org.inferenceshift.metrics;

/** Which labs some regulator of each region covers this month. */
final class RegionCoverage implements CoversLabInRegion {
    /** [lab][region]. */
    private final boolean[][] covered;

    RegionCoverage(int labs, int regions) {
        this.covered = new boolean[labs][regions];
    }

    void cover(int lab, int region) {
        covered[lab][region] = true;
    }

    @Override
    public boolean covers(int lab, int region) {
        return covered[lab][region];
    }
}

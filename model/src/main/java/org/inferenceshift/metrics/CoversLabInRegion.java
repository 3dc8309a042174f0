package org.inferenceshift.metrics;

/**
 * Whether queries from a region's users served by a lab count as covered: by any regulator of the region
 * for the summed metrics ({@link RegionCoverage}), by one regulator for its own row ({@link RegulatorRows}).
 */
@FunctionalInterface
interface CoversLabInRegion {
    boolean covers(int lab, int region);
}

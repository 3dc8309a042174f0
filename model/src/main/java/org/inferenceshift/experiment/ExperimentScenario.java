package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One scenario an experiment runs: its name (the {@code scenario} column of {@code runs.csv}), the file
 * as the experiment names it, its parsed contents, and the SHA-256 of its bytes (recorded in
 * the manifest and checked on resume).
 */
public record ExperimentScenario(String name, String reference, JsonNode tree, String sha256) {
}

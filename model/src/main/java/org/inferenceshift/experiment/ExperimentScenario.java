package org.inferenceshift.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;

/**
 * One scenario an experiment runs: its name (the {@code scenario} column of {@code runs.csv}), the file
 * as the experiment names it and as found, its parsed contents, and the SHA-256 of its bytes (recorded in
 * the manifest and checked on resume).
 */
public record ExperimentScenario(String name, String reference, Path file, JsonNode tree, String sha256) {
}

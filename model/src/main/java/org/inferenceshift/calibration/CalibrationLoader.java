package org.inferenceshift.calibration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.inferenceshift.experiment.Experiment;
import org.inferenceshift.experiment.ExperimentLoader;
import org.inferenceshift.experiment.ParameterRange;
import org.inferenceshift.experiment.RunPlanner;
import org.inferenceshift.experiment.ScenarioPaths;
import org.inferenceshift.scenario.DidYouMean;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.validation.FactRole;
import org.inferenceshift.validation.StylizedFact;
import org.inferenceshift.validation.Validation;

/**
 * Reads a calibration file into a {@link CalibrationSpec}, checking everything before anything runs; every
 * failure is a {@link ScenarioException} naming the file and the JSON path, like scenarios and experiments.
 *
 * <pre>{
 *   "name": "calibration-2024", "purpose": "...",
 *   "experiment": "../experiments/validation.json",                 // relative to this file
 *   "parameters": [{"path": "choice.brandTasteScale", "min": 0.02, "max": 0.4}],
 *   "targets": ["paying_share", "tier_price_ratio"],                // optional: default every calibration target
 *   "optimiser": {"evaluations": 40},
 *   "posterior": {"points": 64, "tolerance": 0.05},
 *   "crossValidation": {"evaluations": 20}                          // optional
 * }</pre>
 */
public final class CalibrationLoader {
    static final int MAX_EVALUATIONS = 100_000;
    private static final List<String> FIELDS = List.of("name", "purpose", "experiment", "parameters", "targets",
            "optimiser", "posterior", "crossValidation");
    private static final List<String> PARAMETER_FIELDS = List.of("path", "min", "max");

    private final Path file;

    private CalibrationLoader(Path file) {
        this.file = file;
    }

    public static CalibrationSpec load(Path file) throws ScenarioException {
        return new CalibrationLoader(file).read();
    }

    private CalibrationSpec read() throws ScenarioException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
        JsonNode root;
        try {
            root = ScenarioLoader.mapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new ScenarioException(file + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " (line " + e.getLocation().getLineNr() + ")" : ""));
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw error("$", "must be a JSON object");
        }
        known(root, "$", FIELDS);
        String name = text(root, "name", "$.name");
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
            throw error("$.name", "must be usable as a folder name (letters, digits, '.', '_', '-'), got \"" + name + "\"");
        }
        String purpose = text(root, "purpose", "$.purpose");
        String experimentRef = text(root, "experiment", "$.experiment");
        Path experimentFile = file.toAbsolutePath().getParent().resolve(experimentRef).normalize();
        Experiment experiment;
        try {
            experiment = ExperimentLoader.load(experimentFile);
            Validation.check(RunPlanner.plan(experiment));
        } catch (ScenarioException e) {
            throw error("$.experiment", "\"" + experimentRef + "\" is not a usable validation experiment: " + e.getMessage());
        }
        List<ParameterRange> parameters = parameters(root.get("parameters"), experiment);
        List<TargetBand> targets = targets(root.get("targets"));
        JsonNode optimiser = object(root.get("optimiser"), "$.optimiser");
        known(optimiser, "$.optimiser", List.of("evaluations"));
        int evaluations = (int) integer(optimiser.get("evaluations"), "$.optimiser.evaluations", 1, MAX_EVALUATIONS);
        JsonNode posterior = object(root.get("posterior"), "$.posterior");
        known(posterior, "$.posterior", List.of("points", "tolerance"));
        int points = (int) integer(posterior.get("points"), "$.posterior.points", 1, MAX_EVALUATIONS);
        double tolerance = number(posterior.get("tolerance"), "$.posterior.tolerance", 0, FitDistance.UNDEFINED);
        int cv = 0;
        if (root.has("crossValidation")) {
            JsonNode cross = object(root.get("crossValidation"), "$.crossValidation");
            known(cross, "$.crossValidation", List.of("evaluations"));
            cv = (int) integer(cross.get("evaluations"), "$.crossValidation.evaluations", 1, MAX_EVALUATIONS);
        }
        return new CalibrationSpec(name, purpose, file, sha256(bytes), experiment, parameters, targets, evaluations,
                points, tolerance, cv);
    }

    private List<ParameterRange> parameters(JsonNode node, Experiment experiment) throws ScenarioException {
        if (node == null) {
            throw error("$.parameters", "missing required field (an array of {\"path\", \"min\", \"max\"})");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw error("$.parameters", "must be a non-empty array of {\"path\", \"min\", \"max\"}");
        }
        JsonNode tree = resolvedTree(experiment, Map.of(), "$.experiment");
        Set<String> seen = new LinkedHashSet<>();
        List<ParameterRange> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.parameters[" + i + "]";
            JsonNode p = object(node.get(i), at);
            known(p, at, PARAMETER_FIELDS);
            String path = text(p, "path", at + ".path");
            if (List.of("seed", "name", "purpose").contains(path) || experiment.fixed().containsKey(path)) {
                throw error(at + ".path", "\"" + path + "\" is set by the experiment or per run; it cannot be fitted");
            }
            String problem = ScenarioPaths.problem(path, tree);
            if (problem != null) {
                throw error(at + ".path", problem);
            }
            if (!tree.at("/" + path.replace(".", "/")).isNumber()) {
                throw error(at + ".path", "\"" + path + "\" is not a number in the scenario; only numbers can be fitted");
            }
            if (!seen.add(path)) {
                throw error(at + ".path", "\"" + path + "\" is fitted twice");
            }
            double min = number(p.get("min"), at + ".min", -Double.MAX_VALUE, Double.MAX_VALUE);
            double max = number(p.get("max"), at + ".max", -Double.MAX_VALUE, Double.MAX_VALUE);
            if (!(min < max)) {
                throw error(at, "min " + min + " must be below max " + max);
            }
            for (double v : new double[] {min, max}) {
                resolvedTree(experiment, Map.of(path, DoubleNode.valueOf(v)), at + (v == min ? ".min" : ".max"));
            }
            out.add(new ParameterRange(path, min, max, false));
        }
        return out;
    }

    private List<TargetBand> targets(JsonNode node) throws ScenarioException {
        List<TargetBand> out = new ArrayList<>();
        if (node == null) {
            for (StylizedFact f : StylizedFact.values()) {
                if (f.role() == FactRole.CALIBRATION_TARGET) {
                    out.add(TargetBand.of(f));
                }
            }
            return out;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw error("$.targets", "must be a non-empty array of fact ids (docs/VALIDATION.md)");
        }
        Map<String, StylizedFact> byId = new LinkedHashMap<>();
        for (StylizedFact f : StylizedFact.values()) {
            byId.put(f.id(), f);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.targets[" + i + "]";
            if (!node.get(i).isTextual()) {
                throw error(at, "must be a fact id (a string)");
            }
            String id = node.get(i).asText();
            StylizedFact f = byId.get(id);
            if (f == null) {
                String hint = DidYouMean.closest(id, byId.keySet());
                throw error(at, "unknown fact \"" + id + "\"" + (hint != null ? " (did you mean \"" + hint + "\"?)" : ""));
            }
            if (f.role() != FactRole.CALIBRATION_TARGET) {
                throw error(at, "fact \"" + id + "\" is " + f.role().label()
                        + " in the registry; only calibration targets may be fitted to (the split is fixed before any fit)");
            }
            if (!seen.add(id)) {
                throw error(at, "fact \"" + id + "\" is listed twice");
            }
            out.add(TargetBand.of(f));
        }
        return out;
    }

    private JsonNode resolvedTree(Experiment experiment, Map<String, JsonNode> extra, String at) throws ScenarioException {
        Map<String, JsonNode> overrides = new LinkedHashMap<>(experiment.fixed());
        overrides.putAll(extra);
        try {
            Scenario s = ScenarioLoader.resolve(experiment.scenarios().get(0).tree(), overrides,
                    experiment.scenarios().get(0).reference());
            return ScenarioLoader.mapper().valueToTree(s);
        } catch (ScenarioException e) {
            throw error(at, "rejected by the scenario: " + e.getMessage());
        }
    }

    private void known(JsonNode node, String at, List<String> fields) throws ScenarioException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!fields.contains(f)) {
                String hint = DidYouMean.closest(f, fields);
                throw error(at + "." + f, "unknown field" + (hint != null ? " (did you mean \"" + hint + "\"?)" : "")
                        + "; the fields are " + String.join(", ", fields));
            }
        }
    }

    private JsonNode object(JsonNode node, String at) throws ScenarioException {
        if (node == null) {
            throw error(at, "missing required field (an object)");
        }
        if (!node.isObject()) {
            throw error(at, "must be an object, got " + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT));
        }
        return node;
    }

    private String text(JsonNode node, String field, String at) throws ScenarioException {
        JsonNode v = node.get(field);
        if (v == null) {
            throw error(at, "missing required field (a string)");
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            throw error(at, "must be a non-empty string");
        }
        return v.asText();
    }

    private long integer(JsonNode v, String at, long min, long max) throws ScenarioException {
        if (v == null) {
            throw error(at, "missing required field (a whole number in [" + min + ", " + max + "])");
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong() || v.asLong() < min || v.asLong() > max) {
            throw error(at, "= " + v + " (must be a whole number in [" + min + ", " + max + "])");
        }
        return v.asLong();
    }

    private double number(JsonNode v, String at, double min, double max) throws ScenarioException {
        if (v == null) {
            throw error(at, "missing required field (a number)");
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < min || v.asDouble() > max) {
            String range = min == -Double.MAX_VALUE ? "a finite number" : "a number in [" + min + ", " + max + "]";
            throw error(at, "= " + v + " (must be " + range + ")");
        }
        return v.asDouble();
    }

    private ScenarioException error(String at, String message) {
        return new ScenarioException(file + ": " + at + ": " + message);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

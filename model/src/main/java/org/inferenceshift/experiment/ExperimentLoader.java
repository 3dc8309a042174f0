package org.inferenceshift.experiment;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.inferenceshift.metrics.Metric;
import org.inferenceshift.scenario.DidYouMean;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.scenario.ScenarioText;

/**
 * Reads an experiment file into a validated {@link Experiment}. Like scenarios, everything is checked
 * before anything runs, and every failure is a {@link ScenarioException} naming the experiment file and
 * the JSON path: unknown fields (with a did-you-mean), wrong types, unknown metrics or statistics,
 * parameter paths that lead nowhere in a scenario, and values a scenario rejects.
 *
 * <pre>{
 *   "name": "eras-quick", "purpose": "...", "seed": 7, "seeds": 3,
 *   "scenarios": ["../pretraining-era.json", "../inference-era.json"],   // relative to this file
 *   "agents": 5000,                                                        // population of every run
 *   "set": {"horizonMonths": 36},                                          // fixed overrides
 *   "grid": {"capability.returnsAboveWall": [0.3, 0.6, 1.0]},             // or "list" or "sample"
 *   "keep": {"metrics": ["hhi_revenue"], "statistics": ["last", "mean"]}
 * }</pre>
 */
public final class ExperimentLoader {
    /** Guard against a grid that multiplies out to more runs than anyone meant. */
    public static final int MAX_RUNS = 1_000_000;
    static final int MAX_SEEDS = 100_000;

    private static final List<String> FIELDS = List.of("name", "purpose", "seed", "seeds", "scenarios", "agents",
            "set", "grid", "list", "sample", "keep");
    private static final List<String> SAMPLE_FIELDS = List.of("method", "points", "ranges");
    private static final List<String> KEEP_FIELDS = List.of("metrics", "statistics");
    private static final List<String> SAMPLE_METHODS = List.of("sobol", "latin-hypercube");
    /** Set per run from the experiment, or naming the scenario: never varied or fixed by hand. */
    private static final Set<String> RESERVED_PATHS = Set.of("seed", "name", "purpose");
    private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final String source;
    private final Path file;

    private ExperimentLoader(Path file) {
        this.file = file;
        this.source = file.toString();
    }

    public static Experiment load(Path file) throws ScenarioException {
        return new ExperimentLoader(file).read();
    }

    private Experiment read() throws ScenarioException {
        byte[] bytes = readBytes();
        JsonNode root = parse(bytes);
        if (!root.isObject()) {
            throw error("$", "must be a JSON object, got " + describe(root));
        }
        checkKnown(root, "$", FIELDS);
        String name = text(root, "name", "$.name");
        if (!SAFE_NAME.matcher(name).matches()) {
            throw error("$.name", "must be usable as a folder name (letters, digits, '.', '_', '-'), got \"" + name + "\"");
        }
        String purpose = text(root, "purpose", "$.purpose");
        long seed = integer(root.get("seed"), "$.seed", 0, Long.MAX_VALUE);
        int replicates = (int) integer(root.get("seeds"), "$.seeds", 1, MAX_SEEDS);
        List<ExperimentScenario> scenarios = scenarios(root.get("scenarios"));
        List<JsonNode> resolvedTrees = new ArrayList<>();
        for (ExperimentScenario scenario : scenarios) {
            resolvedTrees.add(resolvedTree(scenario, "$.scenarios"));
        }

        Map<String, JsonNode> fixed = new LinkedHashMap<>();
        if (root.has("set")) {
            JsonNode set = object(root.get("set"), "$.set");
            for (Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String at = key("$.set", e.getKey());
                checkPath(e.getKey(), at, resolvedTrees, scenarios);
                checkValue(e.getValue(), at);
                fixed.put(e.getKey(), e.getValue());
            }
        }
        for (ExperimentScenario scenario : scenarios) {
            tryResolve(scenario, fixed, "$.set");
        }
        if (root.has("agents")) {
            if (fixed.containsKey("population.agents")) {
                throw error("$.agents", "population.agents is also fixed in $.set; give it once");
            }
            fixed.put("population.agents", LongNode.valueOf(integer(root.get("agents"), "$.agents", 1, Integer.MAX_VALUE)));
            // a value the scenarios refuse is reported where the user wrote it, not under $.set
            for (ExperimentScenario scenario : scenarios) {
                tryResolve(scenario, fixed, "$.agents");
            }
        }

        Design design = design(root, seed, fixed, scenarios, resolvedTrees);
        KeepSpec keep = keep(root.get("keep"));
        long runs = (long) scenarios.size() * design.points().size() * replicates;
        if (runs > MAX_RUNS) {
            throw error("$", scenarios.size() + " scenarios x " + design.points().size() + " design points x "
                    + replicates + " seeds = " + runs + " runs; at most " + MAX_RUNS + " in one experiment");
        }
        return new Experiment(name, purpose, file, sha256(bytes), seed, replicates, scenarios, fixed, design, keep);
    }

    // ---- scenarios ----------------------------------------------------------------------------------

    private List<ExperimentScenario> scenarios(JsonNode node) throws ScenarioException {
        if (node == null) {
            throw error("$.scenarios", "missing required field (an array of scenario files, relative to this file)");
        }
        if (!node.isArray() || node.isEmpty()) {
            throw error("$.scenarios", "must be a non-empty array of scenario file names, got " + describe(node));
        }
        Path dir = file.toAbsolutePath().getParent();
        List<ExperimentScenario> out = new ArrayList<>();
        Map<String, String> nameToPath = new LinkedHashMap<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.scenarios[" + i + "]";
            JsonNode entry = node.get(i);
            if (!entry.isTextual()) {
                throw error(at, "must be a scenario file name, got " + describe(entry));
            }
            Path scenarioFile = dir.resolve(entry.asText()).normalize();
            if (!Files.exists(scenarioFile)) {
                throw error(at, "scenario file \"" + entry.asText() + "\" not found (looked for " + scenarioFile + ")");
            }
            byte[] bytes;
            Scenario scenario;
            JsonNode tree;
            try {
                bytes = ScenarioText.bytesOf(scenarioFile, entry.asText());
                tree = ScenarioLoader.mapper().readTree(ScenarioText.textOf(bytes, entry.asText(),
                        "a scenario is a JSON object such as {\"name\": \"x\"}"));
                scenario = ScenarioLoader.resolve(tree, Map.of(), entry.asText());
            } catch (JsonProcessingException e) {
                throw error(at, ScenarioLoader.syntaxError(entry.asText(), e).getMessage());
            } catch (ScenarioException e) {
                throw error(at, e.getMessage());
            }
            String previous = nameToPath.putIfAbsent(scenario.name(), entry.asText());
            if (previous != null) {
                throw error(at, "scenario name \"" + scenario.name() + "\" is also the name of " + previous
                        + "; rows are told apart by scenario name, so names must differ");
            }
            out.add(new ExperimentScenario(scenario.name(), entry.asText(), tree, sha256(bytes)));
        }
        return out;
    }

    private JsonNode resolvedTree(ExperimentScenario scenario, String at) throws ScenarioException {
        try {
            return ScenarioLoader.mapper().valueToTree(ScenarioLoader.resolve(scenario.tree(), Map.of(), scenario.reference()));
        } catch (ScenarioException e) {
            throw error(at, e.getMessage());
        }
    }

    // ---- design -------------------------------------------------------------------------------------

    private Design design(JsonNode root, long seed, Map<String, JsonNode> fixed, List<ExperimentScenario> scenarios,
                          List<JsonNode> trees) throws ScenarioException {
        List<String> given = new ArrayList<>();
        for (String kind : List.of("grid", "list", "sample")) {
            if (root.has(kind)) {
                given.add(kind);
            }
        }
        if (given.size() > 1) {
            throw error("$." + given.get(1), "an experiment has one design; $." + given.get(0) + " is already given "
                    + "(combine values in one grid, or write the points out as a list)");
        }
        if (given.isEmpty()) {
            return new SinglePoint();
        }
        return switch (given.get(0)) {
            case "grid" -> grid(root.get("grid"), fixed, scenarios, trees);
            case "list" -> list(root.get("list"), fixed, scenarios, trees);
            default -> sample(root.get("sample"), seed, fixed, scenarios, trees);
        };
    }

    private Design grid(JsonNode node, Map<String, JsonNode> fixed, List<ExperimentScenario> scenarios,
                        List<JsonNode> trees) throws ScenarioException {
        JsonNode grid = object(node, "$.grid");
        if (grid.isEmpty()) {
            throw error("$.grid", "names no parameter; give at least one, e.g. {\"capability.returnsAboveWall\": [0.3, 1.0]}");
        }
        Map<String, List<JsonNode>> levels = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = grid.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = e.getKey();
            String at = key("$.grid", path);
            checkVaried(path, at, fixed, trees, scenarios);
            JsonNode values = e.getValue();
            if (!values.isArray() || values.isEmpty()) {
                throw error(at, "must be a non-empty array of values, got " + describe(values));
            }
            List<JsonNode> list = new ArrayList<>();
            Set<JsonNode> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                JsonNode value = values.get(i);
                String valueAt = at + "[" + i + "]";
                checkValue(value, valueAt);
                if (!seen.add(value)) {
                    throw error(valueAt, "duplicate value " + value + " (each grid point runs once per seed)");
                }
                checkAccepted(path, value, valueAt, fixed, scenarios);
                list.add(value);
            }
            levels.put(path, list);
        }
        return new GridDesign(levels);
    }

    private Design list(JsonNode node, Map<String, JsonNode> fixed, List<ExperimentScenario> scenarios,
                        List<JsonNode> trees) throws ScenarioException {
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw error("$.list", "must be a non-empty array of points such as {\"capability.returnsAboveWall\": 0.3}, got "
                    + describe(node));
        }
        Set<String> parameters = new LinkedHashSet<>();
        List<Map<String, JsonNode>> entries = new ArrayList<>();
        Set<JsonNode> seen = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.list[" + i + "]";
            JsonNode point = object(node.get(i), at);
            if (point.isEmpty()) {
                throw error(at, "names no parameter");
            }
            if (!seen.add(point)) {
                throw error(at, "duplicate point (each point runs once per seed)");
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = point.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String valueAt = key(at, e.getKey());
                if (parameters.add(e.getKey())) {
                    checkVaried(e.getKey(), valueAt, fixed, trees, scenarios);
                }
                checkValue(e.getValue(), valueAt);
                values.put(e.getKey(), e.getValue());
            }
            checkAccepted(values, at, fixed, scenarios);
            entries.add(values);
        }
        return new ListDesign(List.copyOf(parameters), entries);
    }

    private Design sample(JsonNode node, long seed, Map<String, JsonNode> fixed, List<ExperimentScenario> scenarios,
                          List<JsonNode> trees) throws ScenarioException {
        JsonNode sample = object(node, "$.sample");
        checkKnown(sample, "$.sample", SAMPLE_FIELDS);
        String method = text(sample, "method", "$.sample.method");
        if (!SAMPLE_METHODS.contains(method)) {
            throw error("$.sample.method", "unknown method \"" + method + "\"" + hint(method, SAMPLE_METHODS)
                    + "; known: " + String.join(", ", SAMPLE_METHODS));
        }
        int points = (int) integer(sample.get("points"), "$.sample.points", 1, MAX_RUNS);
        JsonNode rangesNode = sample.get("ranges");
        if (rangesNode == null) {
            throw error("$.sample.ranges", "missing required field, e.g. {\"capability.returnsAboveWall\": [0.2, 1.0]}");
        }
        JsonNode ranges = object(rangesNode, "$.sample.ranges");
        if (ranges.isEmpty()) {
            throw error("$.sample.ranges", "names no parameter");
        }
        List<ParameterRange> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = ranges.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = e.getKey();
            String at = key("$.sample.ranges", path);
            checkVaried(path, at, fixed, trees, scenarios);
            JsonNode range = e.getValue();
            if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()) {
                throw error(at, "must be [min, max], two numbers, got " + describe(range));
            }
            double min = range.get(0).doubleValue();
            double max = range.get(1).doubleValue();
            if (!(min < max) || !Double.isFinite(min) || !Double.isFinite(max)) {
                throw error(at, "min must be below max, got [" + range.get(0) + ", " + range.get(1) + "]");
            }
            checkAccepted(path, range.get(0), at + "[0]", fixed, scenarios);
            checkAccepted(path, range.get(1), at + "[1]", fixed, scenarios);
            boolean integer = range.get(0).isIntegralNumber() && range.get(1).isIntegralNumber();
            out.add(new ParameterRange(path, min, max, integer));
        }
        if (method.equals("sobol") && out.size() > 1000) {
            throw error("$.sample.ranges", "Sobol sampling supports at most 1000 parameters, got " + out.size());
        }
        return method.equals("sobol") ? new SobolDesign(out, points)
                : new LatinHypercubeDesign(out, points, RunSeeds.designSeed(seed));
    }

    // ---- keep ---------------------------------------------------------------------------------------

    private KeepSpec keep(JsonNode node) throws ScenarioException {
        List<Metric> metrics = List.of(Metric.values());
        List<Statistic> statistics = List.of(Statistic.LAST);
        if (node == null) {
            return new KeepSpec(metrics, statistics);
        }
        JsonNode keep = object(node, "$.keep");
        checkKnown(keep, "$.keep", KEEP_FIELDS);
        if (keep.has("metrics")) {
            List<String> known = java.util.Arrays.stream(Metric.values()).map(Metric::column).toList();
            metrics = new ArrayList<>();
            for (String column : names(keep.get("metrics"), "$.keep.metrics", known, "metric")) {
                metrics.add(Metric.values()[known.indexOf(column)]);
            }
        }
        if (keep.has("statistics")) {
            List<String> known = java.util.Arrays.stream(Statistic.values()).map(Statistic::key).toList();
            statistics = new ArrayList<>();
            for (String key : names(keep.get("statistics"), "$.keep.statistics", known, "statistic")) {
                statistics.add(Statistic.values()[known.indexOf(key)]);
            }
        }
        return new KeepSpec(metrics, statistics);
    }

    private List<String> names(JsonNode node, String at, List<String> known, String what) throws ScenarioException {
        if (!node.isArray() || node.isEmpty()) {
            throw error(at, "must be a non-empty array of " + what + " names, got " + describe(node));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            String itemAt = at + "[" + i + "]";
            JsonNode item = node.get(i);
            if (!item.isTextual()) {
                throw error(itemAt, "must be a " + what + " name, got " + describe(item));
            }
            String name = item.asText();
            if (!known.contains(name)) {
                throw error(itemAt, "unknown " + what + " \"" + name + "\"" + hint(name, known)
                        + "; known: " + String.join(", ", known));
            }
            if (out.contains(name)) {
                throw error(itemAt, "\"" + name + "\" is listed twice");
            }
            out.add(name);
        }
        return out;
    }

    // ---- parameter paths and values -----------------------------------------------------------------

    /** A varied path must lead to a parameter of every scenario and must not also be fixed. */
    private void checkVaried(String path, String at, Map<String, JsonNode> fixed, List<JsonNode> trees,
                             List<ExperimentScenario> scenarios) throws ScenarioException {
        checkPath(path, at, trees, scenarios);
        if (fixed.containsKey(path)) {
            throw error(at, path + " is also fixed in $.set (or by $.agents); a parameter is either fixed or varied");
        }
    }

    private void checkPath(String path, String at, List<JsonNode> trees, List<ExperimentScenario> scenarios)
            throws ScenarioException {
        if (RESERVED_PATHS.contains(path)) {
            throw error(at, "\"" + path + "\" cannot be set here: "
                    + (path.equals("seed") ? "each run's seed derives from $.seed; choose the number of seeds with $.seeds"
                    : "it names the scenario"));
        }
        for (int s = 0; s < trees.size(); s++) {
            String problem = ScenarioPaths.problem(path, trees.get(s));
            if (problem != null) {
                throw error(at, problem + " in scenario " + scenarios.get(s).reference());
            }
        }
    }

    private void checkValue(JsonNode value, String at) throws ScenarioException {
        if (!value.isValueNode() || value.isNull()) {
            throw error(at, "must be a number, string or true/false, got " + describe(value));
        }
    }

    private void checkAccepted(String path, JsonNode value, String at, Map<String, JsonNode> fixed,
                               List<ExperimentScenario> scenarios) throws ScenarioException {
        checkAccepted(Map.of(path, value), at, fixed, scenarios);
    }

    /** Every scenario must accept the values (with the fixed overrides): ranges and types are the scenario's. */
    private void checkAccepted(Map<String, JsonNode> values, String at, Map<String, JsonNode> fixed,
                               List<ExperimentScenario> scenarios) throws ScenarioException {
        Map<String, JsonNode> overrides = new LinkedHashMap<>(fixed);
        overrides.putAll(values);
        for (ExperimentScenario scenario : scenarios) {
            tryResolve(scenario, overrides, at);
        }
    }

    private void tryResolve(ExperimentScenario scenario, Map<String, JsonNode> overrides, String at)
            throws ScenarioException {
        try {
            ScenarioLoader.resolve(scenario.tree(), overrides, scenario.reference());
        } catch (ScenarioException e) {
            throw error(at, "rejected by scenario " + e.getMessage());
        }
    }

    // ---- small readers ------------------------------------------------------------------------------

    private byte[] readBytes() throws ScenarioException {
        return ScenarioText.bytesOf(file, source);
    }

    private JsonNode parse(byte[] bytes) throws ScenarioException {
        String text = ScenarioText.textOf(bytes, source, "an experiment is a JSON object (see README, Batch experiments)");
        try {
            return ScenarioLoader.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw ScenarioLoader.syntaxError(source, e);
        }
    }

    private void checkKnown(JsonNode node, String at, List<String> known) throws ScenarioException {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                throw error(key(at, field), "unknown field" + hint(field, known) + "; known fields here: "
                        + String.join(", ", known));
            }
        }
    }

    private String text(JsonNode parent, String field, String at) throws ScenarioException {
        JsonNode node = parent.get(field);
        if (node == null) {
            throw error(at, "missing required field");
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            throw error(at, "must be a non-empty string, got " + describe(node));
        }
        return node.asText();
    }

    private long integer(JsonNode node, String at, long min, long max) throws ScenarioException {
        if (node == null) {
            throw error(at, "missing required field");
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw error(at, "must be a whole number, got " + describe(node));
        }
        long v = node.longValue();
        if (v < min || v > max) {
            throw error(at, "must be in [" + min + ", " + (max == Long.MAX_VALUE ? "inf" : max) + "], got " + v);
        }
        return v;
    }

    private JsonNode object(JsonNode node, String at) throws ScenarioException {
        if (node == null || !node.isObject()) {
            throw error(at, "must be an object, got " + describe(node));
        }
        return node;
    }

    private ScenarioException error(String at, String message) {
        return new ScenarioException(source + ": " + at + ": " + message);
    }

    private static String hint(String typed, List<String> known) {
        String suggestion = DidYouMean.closest(typed, known);
        return suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
    }

    /** JSON path of a member: {@code $.set.horizonMonths}, or {@code $.grid['capability.returnsAboveWall']}. */
    static String key(String parent, String name) {
        return IDENTIFIER.matcher(name).matches() ? parent + "." + name : parent + "['" + name + "']";
    }

    private static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        String text = node.toString();
        return (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}

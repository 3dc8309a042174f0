package org.inferenceshift.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a scenario file into a validated {@link Scenario}: the file's values laid over the defaults
 * resource, each lab over {@code labDefaults}, then every range and consistency rule checked. Every
 * failure is a {@link ScenarioException} whose message names the file and the JSON path.
 */
public final class ScenarioLoader {

    private static final String DEFAULTS_RESOURCE = "defaults.json";
    private static final String LAB_DEFAULTS = "labDefaults";
    /** Arrays whose elements are completed from a defaults object, by array key. */
    private static final Map<String, String> ELEMENT_DEFAULTS = Map.of(
            "labs", LAB_DEFAULTS, "regulators", "regulatorDefaults", "regions", "regionDefaults");
    private static final Pattern YEAR_MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            // a stray "}" mid-file must not end the scenario there and drop every setting after it
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    static {
        // "1e3" for an int, or "0.5" as a string for a double, is a typing mistake the user should hear about.
        MAPPER.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        MAPPER.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
    }

    private ScenarioLoader() {
    }

    /** The shared mapper, configured strictly; other readers of scenario-shaped JSON reuse it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static Scenario load(Path file) throws ScenarioException {
        return load(file, Map.of());
    }

    /**
     * Loads {@code file} with {@code overrides} applied first. An override key is a dotted path into the
     * scenario ("capability.returnsAboveWall", "labs.0.allocation.pre"); its value is any JSON value.
     */
    public static Scenario load(Path file, Map<String, JsonNode> overrides) throws ScenarioException {
        String source = file.toString();
        JsonNode userTree = readTree(file, source);
        return resolve(userTree, overrides, source);
    }

    /** Resolves an in-memory tree; {@code source} names it in messages. */
    public static Scenario resolve(JsonNode userTree, Map<String, JsonNode> overrides, String source)
            throws ScenarioException {
        if (userTree == null || !userTree.isObject()) {
            throw new ScenarioException(source + ": $: must be a JSON object, got " + describe(userTree));
        }
        ObjectNode user = ((ObjectNode) userTree).deepCopy();
        ObjectNode defaults = defaultsTree();
        for (Map.Entry<String, JsonNode> override : overrides.entrySet()) {
            applyOverride(user, override.getKey(), override.getValue(), source);
        }
        Map<String, ObjectNode> elementDefaults = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : ELEMENT_DEFAULTS.entrySet()) {
            String key = e.getValue();
            ObjectNode shape = (ObjectNode) defaults.remove(key);
            if (user.has(key)) {
                JsonNode fromFile = user.remove(key);
                checkAgainst(fromFile, shape, "$." + key, source);
                shape = merge(shape, fromFile);
            }
            elementDefaults.put(e.getKey(), shape);
        }
        ObjectNode resolved = mergeChecked(defaults, user, elementDefaults, "$", source);
        resolved.set(LAB_DEFAULTS, elementDefaults.get("labs"));
        Scenario scenario = bind(resolved, source);
        ParamValidator.validate(scenario, source);
        checkConsistency(scenario, source);
        return scenario;
    }

    public static Scenario parseResolved(String json, String source) throws ScenarioException {
        try {
            return resolve(MAPPER.readTree(json), Map.of(), source);
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        }
    }

    /** The resolved scenario as JSON: every parameter present, stable key order, reloadable. */
    public static String toJson(Scenario scenario) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(scenario) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resolved scenario always serialises", e);
        }
    }

    private static JsonNode readTree(Path file, String source) throws ScenarioException {
        String text = ScenarioText.read(file, source);
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        }
    }

    /** A JSON syntax error as a message naming the file, line and column (shared with the experiment loader). */
    public static ScenarioException syntaxError(String source, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String message = e.getOriginalMessage();
        // Jackson locates a bad character just after it; an editor's column should point at it
        boolean atCharacter = message.startsWith("Unexpected character") || message.startsWith("Illegal");
        // and a non-standard token (NaN) just after its end: point at its first character
        int back = atCharacter ? 1 : message.startsWith("Non-standard token") ? quoted(message).length() : 0;
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + Math.max(1, at.getColumnNr() - back);
        return new ScenarioException(source + ": invalid JSON" + where + ": " + inWords(message));
    }

    /** The token Jackson quotes in a message such as "Non-standard token 'NaN': ...". */
    private static String quoted(String message) {
        java.util.regex.Matcher token = Pattern.compile("'([^']*)'").matcher(message);
        return token.find() ? token.group(1) : "";
    }

    /** Jackson's messages without its advice to enable parser features, which would only accept bad input. */
    private static String inWords(String message) {
        if (message.startsWith("Trailing token")) {
            return "more text after the end of the JSON value (a stray closing bracket or a second value?);"
                    + " a file holds exactly one JSON object";
        }
        if (message.startsWith("Non-standard token")) {
            return quoted(message) + " is not a JSON number; every number must be finite and written as digits";
        }
        int advice = message.indexOf(": enable `");
        if (advice < 0) {
            advice = message.indexOf(" (enable `");
        }
        return advice < 0 ? message : message.substring(0, advice);
    }

    private static ObjectNode defaultsTree() {
        try (InputStream in = ScenarioLoader.class.getResourceAsStream(DEFAULTS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + DEFAULTS_RESOURCE + " missing from the build");
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The defaults with every lab field, for documentation and tools that list parameters. */
    public static ObjectNode defaults() {
        return defaultsTree();
    }

    private static ObjectNode mergeChecked(ObjectNode defaults, ObjectNode user, Map<String, ObjectNode> elementDefaults,
                                           String path, String source) throws ScenarioException {
        ObjectNode out = defaults.deepCopy();
        Iterator<Map.Entry<String, JsonNode>> fields = user.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            String childPath = path + "." + key;
            if (!defaults.has(key)) {
                throw unknownField(source, childPath, key, defaults);
            }
            if (path.equals("$") && elementDefaults.containsKey(key)) {
                out.set(key, mergeElements(key, value, elementDefaults.get(key), childPath, source));
                continue;
            }
            JsonNode base = defaults.get(key);
            checkType(value, base, childPath, source);
            if (base.isObject()) {
                out.set(key, mergeChecked((ObjectNode) base, (ObjectNode) value, Map.of(), childPath, source));
            } else {
                out.set(key, value);
            }
        }
        return out;
    }

    private static ArrayNode mergeElements(String key, JsonNode array, ObjectNode elementDefaults, String path,
                                           String source) throws ScenarioException {
        String what = key.equals("labs") ? "lab" : key.substring(0, key.length() - 1);
        if (!array.isArray()) {
            throw new ScenarioException(source + ": " + path + ": must be an array of " + what + " objects, got " + describe(array));
        }
        ArrayNode out = MAPPER.createArrayNode();
        for (int i = 0; i < array.size(); i++) {
            JsonNode element = array.get(i);
            String elementPath = path + "[" + i + "]";
            if (!element.isObject()) {
                throw new ScenarioException(source + ": " + elementPath + ": must be a " + what + " object, got " + describe(element));
            }
            if (key.equals("labs") && !element.has("id")) {
                throw new ScenarioException(source + ": " + elementPath + ".id: missing required field (a unique lab name)");
            }
            out.add(mergeChecked(elementDefaults, (ObjectNode) element, Map.of(), elementPath, source));
        }
        return out;
    }

    private static void checkAgainst(JsonNode value, ObjectNode shape, String path, String source)
            throws ScenarioException {
        checkType(value, shape, path, source);
        mergeChecked(shape, (ObjectNode) value, Map.of(), path, source);
    }

    private static ObjectNode merge(ObjectNode base, JsonNode over) {
        ObjectNode out = base.deepCopy();
        over.fields().forEachRemaining(e -> {
            JsonNode b = out.get(e.getKey());
            out.set(e.getKey(), b != null && b.isObject() && e.getValue().isObject()
                    ? merge((ObjectNode) b, e.getValue()) : e.getValue());
        });
        return out;
    }

    private static void checkType(JsonNode value, JsonNode expected, String path, String source)
            throws ScenarioException {
        JsonNodeType want = expected.getNodeType();
        JsonNodeType got = value.getNodeType();
        boolean ok = want == got || (want == JsonNodeType.NUMBER && got == JsonNodeType.NUMBER);
        if (!ok) {
            throw new ScenarioException(source + ": " + path + ": must be " + typeName(want) + ", got " + describe(value));
        }
    }

    private static ScenarioException unknownField(String source, String path, String key, ObjectNode known) {
        List<String> names = new ArrayList<>();
        known.fieldNames().forEachRemaining(names::add);
        if (path.equals("$." + key)) {
            // the element-defaults objects were taken out of the tree before merging, yet a file may set them
            names.addAll(new java.util.TreeSet<>(ELEMENT_DEFAULTS.values()));
        }
        String suggestion = DidYouMean.closest(key, names);
        String hint = suggestion == null ? "" : " (did you mean \"" + suggestion + "\"?)";
        return new ScenarioException(source + ": " + path + ": unknown field" + hint
                + "; known fields here: " + String.join(", ", names));
    }

    private static void applyOverride(ObjectNode root, String dotted, JsonNode value, String source)
            throws ScenarioException {
        String[] parts = dotted.split("\\.", -1);
        for (String part : parts) {
            if (part.isEmpty()) {
                throw new ScenarioException(source + ": override " + dotted
                        + ": not a dotted path such as capability.returnsAboveWall or labs.0.allocation.pre");
            }
        }
        JsonNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            String part = parts[i];
            JsonNode next = node.isArray() && isIndex(part) ? node.get(index(part)) : node.get(part);
            if (next == null) {
                if (!node.isObject()) {
                    throw new ScenarioException(source + ": override " + dotted + ": no element " + part + " in this scenario");
                }
                next = ((ObjectNode) node).putObject(part);
            }
            node = next;
        }
        String last = parts[parts.length - 1];
        if (node.isObject()) {
            ((ObjectNode) node).set(last, value);
        } else if (node.isArray() && isIndex(last) && index(last) < node.size()) {
            ((ArrayNode) node).set(index(last), value);
        } else {
            throw new ScenarioException(source + ": override " + dotted + ": path does not lead to a field of this scenario");
        }
    }

    private static boolean isIndex(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /** A list index as written; one beyond int (labs.99999999999) is simply past the end of any list. */
    private static int index(String digits) {
        return digits.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(digits);
    }

    private static Scenario bind(ObjectNode resolved, String source) throws ScenarioException {
        try {
            return MAPPER.treeToValue(resolved, Scenario.class);
        } catch (JsonMappingException e) {
            String path = jsonPath(e);
            throw new ScenarioException(source + ": " + path + ": " + BindErrors.explain(e, path));
        } catch (JsonProcessingException e) {
            throw syntaxError(source, e);
        }
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder sb = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                sb.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    /** The premise sets k in pricing reviews, which a FIXED menu never holds. */
    private static void checkInferenceRevision(LabSpec lab, String at, String source) throws ScenarioException {
        if (lab.inferenceRevision() == InferenceRevisionKind.PREMISED && lab.pricingPolicy() == PricingKind.FIXED) {
            throw new ScenarioException(source + ": " + at + ".inferenceRevision: PREMISED sets the base tier's k in "
                    + "pricing reviews, but " + at + ".pricingPolicy is FIXED (no reviews); use EXPERIMENT");
        }
    }

    private static void checkConsistency(Scenario s, String source) throws ScenarioException {
        if (!YEAR_MONTH.matcher(s.start()).matches()) {
            throw new ScenarioException(source + ": $.start: must be a year and month such as \"2024-01\", got \"" + s.start() + "\"");
        }
        if (s.labs().isEmpty()) {
            throw new ScenarioException(source + ": $.labs: must list at least one lab");
        }
        checkAllocation(s.labDefaults(), "$.labDefaults", s, source);
        if (s.ida().enabled() && s.ida().monthsPerIteration() > s.horizonMonths()) {
            throw new ScenarioException(source + ": $.ida.monthsPerIteration: " + s.ida().monthsPerIteration()
                    + " is longer than $.horizonMonths = " + s.horizonMonths() + "; no iteration could finish");
        }
        checkInferenceRevision(s.labDefaults(), "$.labDefaults", source);
        Set<String> ids = new HashSet<>();
        double shareSum = 0;
        for (int i = 0; i < s.labs().size(); i++) {
            LabSpec lab = s.labs().get(i);
            String at = "$.labs[" + i + "]";
            if (lab.id().isBlank()) {
                throw new ScenarioException(source + ": " + at + ".id: must not be blank");
            }
            if (!ids.add(lab.id())) {
                throw new ScenarioException(source + ": " + at + ".id: duplicate lab id \"" + lab.id() + "\" (ids must be unique)");
            }
            checkAllocation(lab, at, s, source);
            checkInferenceRevision(lab, at, source);
            if (lab.trainingMonths() > s.horizonMonths()) {
                throw new ScenarioException(source + ": " + at + ".trainingMonths: " + lab.trainingMonths()
                        + " is longer than $.horizonMonths = " + s.horizonMonths() + "; no run could finish");
            }
            shareSum += lab.initialUserShare();
        }
        if (shareSum > 1.0 + AllocationShares.SUM_TOLERANCE) {
            throw new ScenarioException(source + ": $.labs[*].initialUserShare: shares sum to "
                    + ParamValidator.formatSum(shareSum) + ", must be at most 1");
        }
        PopulationParams pop = s.population();
        if (pop.initialAdopterShare() == 0 && pop.adoptionInnovation() == 0) {
            throw new ScenarioException(source + ": $.population.adoptionInnovation: 0 with initialAdopterShare 0: "
                    + "nobody would ever use AI (give p > 0 or a positive initial share)");
        }
        if (pop.represents() < pop.agents()) {
            throw new ScenarioException(source + ": $.population.represents: " + ParamValidator.format(pop.represents())
                    + " people cannot be represented by " + pop.agents() + " agents (each agent stands for at least one person)");
        }
        checkRegions(s, source);
        CapabilityParams cap = s.capability();
        if (cap.plateauMaxOom() < cap.plateauMinOom()) {
            throw new ScenarioException(source + ": $.capability.plateauMaxOom: " + ParamValidator.format(cap.plateauMaxOom())
                    + " is below $.capability.plateauMinOom = " + ParamValidator.format(cap.plateauMinOom()));
        }
        ApiParams api = s.api();
        if (api.minMarkup() > api.maxMarkup()) {
            throw new ScenarioException(source + ": $.api.minMarkup: " + ParamValidator.format(api.minMarkup())
                    + " is above $.api.maxMarkup = " + ParamValidator.format(api.maxMarkup()));
        }
        if (api.pricing() == ApiPricingKind.COST_PLUS
                && (api.initialMarkup() < api.minMarkup() || api.initialMarkup() > api.maxMarkup())) {
            throw new ScenarioException(source + ": $.api.initialMarkup: " + ParamValidator.format(api.initialMarkup())
                    + " is outside [$.api.minMarkup, $.api.maxMarkup] = [" + ParamValidator.format(api.minMarkup())
                    + ", " + ParamValidator.format(api.maxMarkup()) + "] (a COST_PLUS lab starts within the markups it may move to)");
        }
        CapacityParams capacity = s.capacity();
        if (capacity.initialHeadroom() > capacity.maxHeadroom()) {
            throw new ScenarioException(source + ": $.capacity.initialHeadroom: " + ParamValidator.format(capacity.initialHeadroom())
                    + " is above $.capacity.maxHeadroom = " + ParamValidator.format(capacity.maxHeadroom())
                    + " (a lab cannot start above the most headroom it may learn)");
        }
    }

    private static void checkRegions(Scenario s, String source) throws ScenarioException {
        if (s.regions().isEmpty()) {
            throw new ScenarioException(source + ": $.regions: must list at least one region");
        }
        Set<String> names = new HashSet<>();
        double sum = 0;
        for (int r = 0; r < s.regions().size(); r++) {
            RegionSpec region = s.regions().get(r);
            if (!names.add(region.name())) {
                throw new ScenarioException(source + ": $.regions[" + r + "].name: duplicate region \"" + region.name() + "\"");
            }
            sum += region.share();
        }
        if (Math.abs(sum - 1) > AllocationShares.SUM_TOLERANCE) {
            throw new ScenarioException(source + ": $.regions[*].share: shares must sum to 1, got " + ParamValidator.formatSum(sum));
        }
        Set<String> ids = new HashSet<>();
        for (int g = 0; g < s.regulators().size(); g++) {
            RegulatorSpec regulator = s.regulators().get(g);
            String at = "$.regulators[" + g + "]";
            if (s.regionIndex(regulator.region()) < 0) {
                throw new ScenarioException(source + ": " + at + ".region: \"" + regulator.region()
                        + "\" is not a region of $.regions (known: " + String.join(", ", names) + ")");
            }
            if (!ids.add(regulator.id())) {
                throw new ScenarioException(source + ": " + at + ".id: duplicate regulator id \"" + regulator.id()
                        + "\" (give each regulator its own id)");
            }
        }
    }

    private static void checkAllocation(LabSpec lab, String at, Scenario s, String source) throws ScenarioException {
        double sum = lab.allocation().sum();
        if (Math.abs(sum - 1.0) > AllocationShares.SUM_TOLERANCE) {
            throw new ScenarioException(source + ": " + at + ".allocation: shares pre + post + inference + ida + synthetic must sum to 1, got "
                    + ParamValidator.formatSum(sum));
        }
        if (lab.allocation().ida() > 0 && !s.ida().enabled()) {
            throw new ScenarioException(source + ": " + at + ".allocation.ida: " + ParamValidator.format(lab.allocation().ida())
                    + " is spent on inference-during-training, but $.ida.enabled is false (enable it or set ida to 0)");
        }
        if (lab.allocation().synthetic() > 0 && !s.synthetic().enabled()) {
            throw new ScenarioException(source + ": " + at + ".allocation.synthetic: " + ParamValidator.format(lab.allocation().synthetic())
                    + " is spent on synthetic data, but $.synthetic.enabled is false (enable it or set synthetic to 0)");
        }
    }

    private static String typeName(JsonNodeType type) {
        return switch (type) {
            case NUMBER -> "a number";
            case STRING -> "a string";
            case BOOLEAN -> "true or false";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            default -> type.name().toLowerCase();
        };
    }

    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isNull()) {
            return "null";
        }
        String text = node.toString();
        return typeName(node.getNodeType()) + " " + (text.length() > 40 ? text.substring(0, 37) + "..." : text);
    }
}

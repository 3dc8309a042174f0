package org.inferenceshift.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.inferenceshift.ScenarioArbitraries;

/**
 * Fuzzes the scenario loader with mutated scenario files: the shipped scenarios and random valid ones,
 * broken at the byte level (cuts, junk, stray bytes, truncation) and at the JSON level (values of every
 * wrong type and size, keys removed, misspelt or invented). Whatever the file, the loader either returns
 * a scenario or throws {@link ScenarioException} with a message that starts with the file's name; never
 * any other exception.
 */
class LoaderFuzzTest {
    private static final String HOLE = "@@fuzz-value@@";
    /** JSON literals of every type and of awkward sizes, spliced in as raw text. */
    private static final List<String> ODD_VALUES = List.of("null", "true", "false", "\"\"", "\"x\"", "0", "-1", "0.5",
            "1.5", "-0.0", "1e308", "-1e308", "1e400", "1e-400", "2147483648", "9223372036854775808",
            "123456789012345678901234567890", "[]", "{}", "[1, 2]", "{\"id\": \"z\"}", "[null]", "\"2024-01\"",
            "\"\\u0000\"", "\"" + "long".repeat(500) + "\"", "[".repeat(1200) + "]".repeat(1200));
    private static final String JUNK = "{}[]\":,.-+eE0123456789 \t\n\rtruefalsnul\\/\u00e9\ufeff\u0000";

    private static Path dir;
    private static List<String> shipped;

    @BeforeContainer
    static void setUp() throws IOException {
        dir = Files.createTempDirectory("loader-fuzz");
        try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
            shipped = files.filter(p -> p.toString().endsWith(".json")).sorted().map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    @AfterContainer
    static void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Property(tries = 600)
    void byteLevelMutationsOnlyEverGiveScenarioErrors(@ForAll("textMutants") byte[] content) throws IOException {
        loadNeverThrowsAnythingElse(content, Map.of());
    }

    @Property(tries = 600)
    void jsonLevelMutationsOnlyEverGiveScenarioErrors(@ForAll("treeMutants") String content) throws IOException {
        loadNeverThrowsAnythingElse(content.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    @Property(tries = 200)
    void overridesOnlyEverGiveScenarioErrors(@ForAll("overridePaths") String path, @ForAll("oddValues") String value)
            throws IOException {
        JsonNode parsed;
        try {
            parsed = ScenarioLoader.mapper().readTree(value);
        } catch (JsonProcessingException tooDeep) {
            parsed = TextNode.valueOf(value); // what the CLI's --set does with text that is not JSON
        }
        loadNeverThrowsAnythingElse(shipped.get(0).getBytes(StandardCharsets.UTF_8), Map.of(path, parsed));
    }

    private static void loadNeverThrowsAnythingElse(byte[] content, Map<String, JsonNode> overrides) throws IOException {
        Path file = dir.resolve("fuzzed.json");
        Files.write(file, content);
        try {
            ScenarioLoader.load(file, overrides);
        } catch (ScenarioException e) {
            assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        }
    }

    private static Arbitrary<String> validDocuments() {
        return Arbitraries.oneOf(Arbitraries.of(shipped),
                ScenarioArbitraries.validScenarioJson().map(ObjectNode::toPrettyString));
    }

    @Provide
    Arbitrary<byte[]> textMutants() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> junk = Arbitraries.strings().withChars(JUNK).ofMinLength(1).ofMaxLength(8);
        Arbitrary<UnaryOperator<String>> mutation = Arbitraries.oneOf(
                Combinators.combine(at, at).as((a, b) -> s -> cut(s, a, b)),
                Combinators.combine(at, junk).as((a, j) -> s -> insert(s, a, j)),
                Combinators.combine(at, junk).as((a, j) -> s -> replace(s, a, j)),
                Combinators.combine(at, at).as((a, b) -> s -> duplicate(s, a, b)),
                at.map(a -> s -> s.substring(0, (int) (a * s.length()))));
        Arbitrary<String> text = Combinators.combine(validDocuments(), mutation.list().ofMinSize(1).ofMaxSize(4))
                .as((doc, ms) -> {
                    String s = doc;
                    for (UnaryOperator<String> m : ms) {
                        s = m.apply(s);
                    }
                    return s;
                });
        // and now and then a byte that is not UTF-8 at all
        Arbitrary<Integer> strayByte = Arbitraries.integers().between(0x80, 0xff);
        return Combinators.combine(text, at, strayByte, Arbitraries.of(true, false, false, false))
                .as((s, a, b, stray) -> {
                    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
                    if (stray && bytes.length > 0) {
                        bytes[(int) (a * (bytes.length - 1))] = (byte) (int) b;
                    }
                    return bytes;
                });
    }

    @Provide
    Arbitrary<String> treeMutants() {
        Arbitrary<Double> at = Arbitraries.doubles().between(0, 1);
        Arbitrary<Integer> op = Arbitraries.integers().between(0, 3);
        Arbitrary<String> value = Arbitraries.of(ODD_VALUES);
        return Combinators.combine(validDocuments(), at, op, value).as(LoaderFuzzTest::mutateTree);
    }

    @Provide
    Arbitrary<String> overridePaths() {
        Arbitrary<String> segment = Arbitraries.oneOf(
                Arbitraries.of("labs", "0", "1", "7", "population", "agents", "allocation", "pre", "capability",
                        "returnsAboveWall", "seed", "labDefaults", "tier", "", "x", "-1"),
                Arbitraries.strings().alpha().ofMaxLength(4));
        return segment.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(".", parts));
    }

    @Provide
    Arbitrary<String> oddValues() {
        return Arbitraries.of(ODD_VALUES);
    }

    /** One JSON-level mutation at the node found by walking to position {@code at} of a pre-order listing. */
    private static String mutateTree(String document, double at, int op, String literal) {
        JsonNode root;
        try {
            root = ScenarioLoader.mapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<JsonNode[]> slots = new ArrayList<>();
        collect(root, slots);
        JsonNode[] slot = slots.get((int) (at * (slots.size() - 1)));
        if (slot[0] == null && op == 0) {
            return literal;
        }
        ObjectNode parentObject = slot[0] instanceof ObjectNode o ? o : null;
        String key = slot[1] == null ? null : slot[1].asText();
        switch (op) {
            case 0 -> replaceValue(slot, TextNode.valueOf(HOLE));
            case 1 -> {
                if (parentObject != null) {
                    parentObject.remove(key);
                }
            }
            case 2 -> {
                if (parentObject != null) {
                    JsonNode v = parentObject.remove(key);
                    parentObject.set(key.isEmpty() ? "x" : key.substring(1) + key.charAt(0), v);
                }
            }
            default -> {
                if (parentObject != null) {
                    parentObject.set(key + "Extra", TextNode.valueOf(HOLE));
                }
            }
        }
        return root.toPrettyString().replace("\"" + HOLE + "\"", literal);
    }

    /** Each slot is {parent container, key (object) or index (array)}; the root is a slot with no parent. */
    private static void collect(JsonNode node, List<JsonNode[]> slots) {
        if (slots.isEmpty()) {
            slots.add(new JsonNode[] {null, null});
        }
        if (node instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            o.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                slots.add(new JsonNode[] {o, TextNode.valueOf(name)});
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new JsonNode[] {a, TextNode.valueOf(Integer.toString(i))});
                collect(a.get(i), slots);
            }
        }
    }

    private static void replaceValue(JsonNode[] slot, JsonNode value) {
        if (slot[0] instanceof ObjectNode o) {
            o.set(slot[1].asText(), value);
        } else if (slot[0] instanceof ArrayNode a) {
            a.set(Integer.parseInt(slot[1].asText()), value);
        }
    }

    private static String cut(String s, double a, double b) {
        int from = (int) (Math.min(a, b) * s.length());
        int to = (int) (Math.max(a, b) * s.length());
        return s.substring(0, from) + s.substring(to);
    }

    private static String insert(String s, double a, String junk) {
        int at = (int) (a * s.length());
        return s.substring(0, at) + junk + s.substring(at);
    }

    private static String replace(String s, double a, String junk) {
        int at = (int) (a * s.length());
        return s.substring(0, at) + junk + s.substring(Math.min(s.length(), at + junk.length()));
    }

    private static String duplicate(String s, double a, double b) {
        int from = (int) (Math.min(a, b) * s.length());
        int to = (int) (Math.max(a, b) * s.length());
        return s.substring(0, to) + s.substring(from, to) + s.substring(to);
    }
}

package org.inferenceshift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.inferenceshift.scenario.AllocationShares;
import org.inferenceshift.scenario.Param;
import org.inferenceshift.scenario.Scenario;

/**
 * Random valid scenarios for property-based tests, as the JSON a user would write. Every number is drawn
 * across the range its {@link Param} declares (edges included, wide ranges log-uniformly), read by
 * reflection from the scenario records, so a new parameter is covered the day it is added. Only the
 * population, the horizon and the number of labs are kept small, for speed; the consistency rules the
 * loader enforces (shares summing to 1, runs no longer than the horizon, ...) are then imposed.
 */
public final class ScenarioArbitraries {
    public static final int MAX_AGENTS = 200;
    public static final int MAX_HORIZON_MONTHS = 24;
    public static final int MAX_LABS = 4;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** Kept small so a property run takes seconds; extreme sizes have their own tests. */
    private static final Map<String, Arbitrary<? extends JsonNode>> SMALL = Map.of(
            "agents", Arbitraries.integers().between(1, MAX_AGENTS).map(JSON::numberNode),
            "buyers", Arbitraries.integers().between(1, MAX_AGENTS).map(JSON::numberNode),
            "horizonMonths", Arbitraries.integers().between(1, MAX_HORIZON_MONTHS).map(JSON::numberNode),
            "name", Arbitraries.just(JSON.textNode("random")),
            "purpose", Arbitraries.just(JSON.textNode("property test")),
            "start", Arbitraries.integers().between(1990, 2100).map(y -> JSON.textNode(y + "-01")),
            "id", Arbitraries.just(JSON.textNode("lab")),
            "region", Arbitraries.just(JSON.textNode("r0")));
    /** Entries of each list: labs and regions need at least one; regulators may be none. */
    private static final Map<String, Integer> MIN_ENTRIES = Map.of("labs", 1, "regions", 1, "regulators", 0);
    private static final Map<String, Integer> MAX_ENTRIES = Map.of("labs", MAX_LABS, "regions", 3, "regulators", 3);

    private ScenarioArbitraries() {
    }

    /** A valid scenario file's content. */
    public static Arbitrary<ObjectNode> validScenarioJson() {
        return recordOf(Scenario.class).map(ScenarioArbitraries::makeConsistent);
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<ObjectNode> recordOf(Class<? extends Record> type) {
        List<String> names = new ArrayList<>();
        List<Arbitrary<JsonNode>> values = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            names.add(c.getName());
            values.add((Arbitrary<JsonNode>) valueOf(c));
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode node = JSON.objectNode();
            for (int i = 0; i < names.size(); i++) {
                node.set(names.get(i), list.get(i));
            }
            return node;
        });
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<? extends JsonNode> valueOf(RecordComponent c) {
        Arbitrary<? extends JsonNode> small = SMALL.get(c.getName());
        if (small != null) {
            return small;
        }
        Class<?> type = c.getType();
        if (type.isRecord()) {
            return recordOf((Class<? extends Record>) type);
        }
        if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            return recordOf((Class<? extends Record>) element).list()
                    .ofMinSize(MIN_ENTRIES.get(c.getName())).ofMaxSize(MAX_ENTRIES.get(c.getName()))
                    .map(entries -> {
                        ArrayNode array = JSON.arrayNode();
                        entries.forEach(array::add);
                        return array;
                    });
        }
        if (type == boolean.class) {
            return Arbitraries.of(true, false).map(JSON::booleanNode);
        }
        if (type.isEnum()) {
            return Arbitraries.of(type.getEnumConstants()).map(e -> JSON.textNode(((Enum<?>) e).name()));
        }
        Param p = c.getAnnotation(Param.class);
        if (p == null) {
            throw new IllegalStateException("no generator for " + c);
        }
        if (type == int.class) {
            return Arbitraries.integers().between((int) p.min(), (int) Math.min(Integer.MAX_VALUE, p.max()))
                    .map(JSON::numberNode);
        }
        if (type == long.class) {
            // a cast of an infinite bound saturates at Long.MAX_VALUE
            return Arbitraries.longs().between((long) p.min(), (long) p.max()).map(JSON::numberNode);
        }
        return doubleIn(p.min(), p.max()).map(JSON::numberNode);
    }

    /** Both ends, values spread over every order of magnitude of a wide range, and uniform values. */
    static Arbitrary<Double> doubleIn(double min, double max) {
        double hi = Double.isInfinite(max) ? Double.MAX_VALUE : max;
        Arbitrary<Double> uniform = Arbitraries.doubles().between(min, hi).ofScale(12);
        double floor = min > 0 ? min : Math.min(1e-3, hi);
        if (min < 0 || hi / floor < 1e4) {
            return Arbitraries.frequencyOf(
                    Tuple.of(1, Arbitraries.just(min)),
                    Tuple.of(1, Arbitraries.just(hi)),
                    Tuple.of(6, uniform));
        }
        Arbitrary<Double> logUniform = Arbitraries.doubles()
                .between(Math.floor(Math.log10(floor)), Math.ceil(Math.log10(hi))).ofScale(6)
                .map(e -> Math.max(min, Math.min(hi, Math.pow(10, e))));
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.just(min)),
                Tuple.of(1, Arbitraries.just(hi)),
                Tuple.of(5, logUniform),
                Tuple.of(1, uniform));
    }

    /** Imposes the loader's consistency rules on independently drawn values. */
    private static ObjectNode makeConsistent(ObjectNode s) {
        int horizon = s.get("horizonMonths").intValue();
        ObjectNode population = (ObjectNode) s.get("population");
        int agents = population.get("agents").intValue();
        population.put("represents", Math.max(agents, population.get("represents").doubleValue()));
        if (population.get("adoptionInnovation").doubleValue() == 0 && population.get("initialAdopterShare").doubleValue() == 0) {
            // with neither innovation nor initial adopters nobody would ever use AI (a consistency rule)
            population.put("adoptionInnovation", 0.03);
        }
        ObjectNode capability = (ObjectNode) s.get("capability");
        double pMin = capability.get("plateauMinOom").doubleValue();
        double pMax = capability.get("plateauMaxOom").doubleValue();
        capability.put("plateauMinOom", Math.min(pMin, pMax));
        capability.put("plateauMaxOom", Math.max(pMin, pMax));
        ObjectNode capacity = (ObjectNode) s.get("capacity");
        double hStart = capacity.get("initialHeadroom").doubleValue();
        double hMax = capacity.get("maxHeadroom").doubleValue();
        capacity.put("initialHeadroom", Math.min(hStart, hMax));
        capacity.put("maxHeadroom", Math.max(hStart, hMax));
        ObjectNode api = (ObjectNode) s.get("api");
        double mMin = Math.min(api.get("minMarkup").doubleValue(), api.get("maxMarkup").doubleValue());
        double mMax = Math.max(api.get("minMarkup").doubleValue(), api.get("maxMarkup").doubleValue());
        api.put("minMarkup", mMin);
        api.put("maxMarkup", mMax);
        api.put("initialMarkup", Math.max(mMin, Math.min(mMax, api.get("initialMarkup").doubleValue())));
        boolean idaEnabled = s.get("ida").get("enabled").booleanValue();
        boolean syntheticEnabled = s.get("synthetic").get("enabled").booleanValue();
        ObjectNode ida = (ObjectNode) s.get("ida");
        ida.put("monthsPerIteration", Math.min(horizon, ida.get("monthsPerIteration").intValue()));
        ArrayNode labs = (ArrayNode) s.get("labs");
        double shareSum = 0;
        makeLabConsistent((ObjectNode) s.get("labDefaults"), "entrant", horizon, idaEnabled, syntheticEnabled);
        for (int i = 0; i < labs.size(); i++) {
            ObjectNode lab = (ObjectNode) labs.get(i);
            makeLabConsistent(lab, "lab" + i, horizon, idaEnabled, syntheticEnabled);
            shareSum += lab.get("initialUserShare").doubleValue();
        }
        if (shareSum > 1) {
            for (JsonNode lab : labs) {
                ((ObjectNode) lab).put("initialUserShare", lab.get("initialUserShare").doubleValue() / shareSum);
            }
        }
        makeRegionsConsistent((ArrayNode) s.get("regions"), (ArrayNode) s.get("regulators"));
        return s;
    }

    /** Regions named r0, r1, ... with shares summing to 1; each regulator in one of them, with its own id. */
    private static void makeRegionsConsistent(ArrayNode regions, ArrayNode regulators) {
        double sum = 0;
        for (JsonNode region : regions) {
            sum += region.get("share").doubleValue();
        }
        for (int r = 0; r < regions.size(); r++) {
            ObjectNode region = (ObjectNode) regions.get(r);
            region.put("name", "r" + r);
            region.put("share", sum > 0 ? region.get("share").doubleValue() / sum : 1.0 / regions.size());
        }
        for (int g = 0; g < regulators.size(); g++) {
            ObjectNode regulator = (ObjectNode) regulators.get(g);
            regulator.put("id", "g" + g);
            regulator.put("region", "r" + (g % regions.size()));
        }
    }

    private static void makeLabConsistent(ObjectNode lab, String id, int horizon, boolean idaEnabled,
                                          boolean syntheticEnabled) {
        lab.put("id", id);
        lab.put("trainingMonths", Math.min(horizon, lab.get("trainingMonths").intValue()));
        if ("PREMISED".equals(lab.get("inferenceRevision").asText()) && "FIXED".equals(lab.get("pricingPolicy").asText())) {
            // the premise sets k in pricing reviews, which a FIXED menu never holds
            lab.put("pricingPolicy", "EXPERIMENT");
        }
        if (!idaEnabled) {
            ((ObjectNode) lab.get("allocation")).put("ida", 0.0);
        }
        if (!syntheticEnabled) {
            ((ObjectNode) lab.get("allocation")).put("synthetic", 0.0);
        }
        normaliseAllocation((ObjectNode) lab.get("allocation"));
    }

    private static void normaliseAllocation(ObjectNode a) {
        String[] uses = names(AllocationShares.class);
        double sum = 0;
        for (String use : uses) {
            sum += a.get(use).doubleValue();
        }
        for (String use : uses) {
            a.put(use, sum > 0 ? a.get(use).doubleValue() / sum : use.equals(uses[0]) ? 1.0 : 0.0);
        }
    }

    private static String[] names(Class<? extends Record> type) {
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
        }
        return names;
    }
}

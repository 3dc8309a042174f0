package org.inferenceshift.parameters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.DoubleNode;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.inferenceshift.scenario.GainShape;
import org.inferenceshift.scenario.LabSpec;
import org.inferenceshift.scenario.Param;
import org.inferenceshift.scenario.PolicyKind;
import org.inferenceshift.scenario.RegulatorSpec;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.sim.IndustryModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sim.util.Interval;
import sim.util.Properties;

class ScenarioParametersTest {
    private Scenario original;
    private IndustryModel model;
    private ScenarioParameters parameters;

    @BeforeEach
    void setUp() throws Exception {
        original = ScenarioLoader.resolve(ScenarioLoader.mapper().readTree(
                "{\"horizonMonths\": 12, \"population\": {\"agents\": 500},"
                        + " \"labs\": [{\"id\": \"a\", \"initialUserShare\": 0.2}, {\"id\": \"b\"}]}"),
                Map.of(), "test");
        model = new IndustryModel(original);
        parameters = new ScenarioParameters(model);
    }

    private ParameterSection section(String title) {
        return parameters.sections().stream().filter(s -> s.title().equals(title)).findFirst().orElseThrow();
    }

    private static int index(Properties props, String name) {
        for (int i = 0; i < props.numProperties(); i++) {
            if (props.getName(i).equals(name)) {
                return i;
            }
        }
        throw new AssertionError("no property " + name);
    }

    /** The value at a dotted path read straight from the records, independently of the beans. */
    private static Object valueAt(Scenario scenario, String path) throws ReflectiveOperationException {
        Object node = scenario;
        for (String part : path.split("\\.")) {
            RecordComponent found = null;
            for (RecordComponent c : node.getClass().getRecordComponents()) {
                if (c.getName().equals(part)) {
                    found = c;
                }
            }
            node = found.getAccessor().invoke(node);
        }
        return node;
    }

    @Test
    void everyEditablePropertyShowsTheScenarioValueOfItsDeclaredParameter() throws Exception {
        int editable = 0;
        for (ParameterSection section : parameters.sections()) {
            Properties props = Properties.getProperties(section);
            for (int i = 0; i < props.numProperties(); i++) {
                if (!props.isReadWrite(i)) {
                    continue;
                }
                String name = props.getName(i);
                String path = section.path(Character.toLowerCase(name.charAt(0)) + name.substring(1));
                RecordComponent component = ParamLookup.component(path);
                assertNotNull(component, section.title() + "." + name + " has no scenario component at " + path);
                Object declared = valueAt(original, path);
                // an enum parameter is shown as the index of its constant (a MASON combo box)
                Object shown = declared instanceof Enum<?> e ? e.ordinal() : declared;
                assertEquals(shown, props.getValue(i), path);
                if (component.getType() != boolean.class) {
                    assertNotNull(component.getAnnotation(Param.class), path + " has no @Param");
                    assertNotNull(section.describe(name), path);
                }
                editable++;
            }
        }
        assertTrue(editable >= 40, "expected every scenario-wide parameter, found " + editable);
    }

    @Test
    void everyScenarioWideParameterHasAnInspectorProperty() {
        Set<String> exposed = new HashSet<>();
        for (ParameterSection section : parameters.sections()) {
            Properties props = Properties.getProperties(section);
            for (int i = 0; i < props.numProperties(); i++) {
                String name = props.getName(i);
                exposed.add(section.path(Character.toLowerCase(name.charAt(0)) + name.substring(1)));
            }
        }
        for (RecordComponent section : Scenario.class.getRecordComponents()) {
            if (section.getAnnotation(Param.class) != null && !section.getName().equals("seed")) {
                assertTrue(exposed.contains(section.getName()), section.getName()
                        + " is a scenario parameter without a GUI property: add get/set/dom to RunSection");
            }
            if (!section.getType().isRecord() || section.getType() == LabSpec.class) {
                continue; // lab specifications are edited in files, not one number at a time (see ScenarioParameters)
            }
            for (RecordComponent c : section.getType().getRecordComponents()) {
                String path = section.getName() + "." + c.getName();
                if (c.getAnnotation(Param.class) != null) {
                    assertTrue(exposed.contains(path), path
                            + " is a scenario parameter without a GUI property: add get/set/dom to its ParameterSection");
                }
            }
        }
    }

    @Test
    void anEditChangesTheNextRunOnlyAndKeepsEveryOtherValue() throws Exception {
        CapabilitySection capability = (CapabilitySection) section("Capability");
        capability.setReturnsAboveWall(0.9);

        assertNull(parameters.lastRejection());
        assertEquals(0.9, capability.getReturnsAboveWall());
        assertEquals(0.9, model.nextScenario().capability().returnsAboveWall());
        assertEquals(original.capability().returnsAboveWall(), model.scenario().capability().returnsAboveWall(),
                "the run in progress keeps its scenario");

        capability.setReturnsAboveWall(original.capability().returnsAboveWall());
        assertEquals(original, model.nextScenario(), "an edit and its undo leave the scenario bit for bit as loaded");

        capability.setReturnsAboveWall(0.9);
        model.start();
        try {
            assertEquals(0.9, model.scenario().capability().returnsAboveWall(), "the edit applies at the next start");
        } finally {
            model.finish();
        }
    }

    @Test
    void anOutOfRangeEditIsRefusedWithThePathAndRange() {
        PopulationSection population = (PopulationSection) section("Population");
        Scenario before = model.nextScenario();
        population.setIncomeSigma(7.5);

        assertSame(before, model.nextScenario(), "a refused edit leaves the scenario unchanged");
        assertEquals("inspector: $.population.incomeSigma: must be in [0, 3], got 7.5", parameters.lastRejection());

        population.setIncomeSigma(1.0);
        assertNull(parameters.lastRejection(), "an accepted edit clears the last refusal");
    }

    @Test
    void theGainShapeIsAComboBoxOfItsConstantsAndAnEditSelectsOne() {
        CapabilitySection capability = (CapabilitySection) section("Capability");
        assertArrayEquals(new String[] {"HARD", "SATURATING"}, (String[]) capability.domGainShape());
        capability.setGainShape(GainShape.SATURATING.ordinal());
        assertNull(parameters.lastRejection());
        assertEquals(GainShape.SATURATING, model.nextScenario().capability().gainShape());
        assertTrue(capability.describe("GainShape").contains("one of HARD, SATURATING"), capability.describe("GainShape"));
    }

    @Test
    void anEditBreakingAConsistencyRuleIsRefused() {
        CapabilitySection capability = (CapabilitySection) section("Capability");
        capability.setPlateauMaxOom(0.2);
        assertEquals(original, model.nextScenario());
        assertTrue(parameters.lastRejection().contains("$.capability.plateauMaxOom"), parameters.lastRejection());

        RunSection run = (RunSection) section("Run");
        run.setHorizonMonths(3);
        assertTrue(parameters.lastRejection().contains("is longer than $.horizonMonths = 3"), parameters.lastRejection());
    }

    @Test
    void narrowDeclaredRangesBecomeSlidersAndWideOnesTextFields() {
        Properties capability = Properties.getProperties(section("Capability"));
        Interval wall = (Interval) capability.getDomain(index(capability, "ReturnsAboveWall"));
        assertEquals(0.0, wall.getMin().doubleValue());
        assertEquals(1.0, wall.getMax().doubleValue());
        assertTrue(wall.isDouble());
        assertNull(capability.getDomain(index(capability, "DataWallFlop")), "1e15..1e40 is no use as a linear slider");

        Properties choice = Properties.getProperties(section("Choice"));
        Interval labs = (Interval) choice.getDomain(index(choice, "ConsiderationLabs"));
        assertEquals(16L, labs.getMax().longValue());
        assertFalse(labs.isDouble(), "an int parameter gets an integer slider");
    }

    @Test
    void propertiesAreOrderedAsTheScenarioFileListsThem() {
        ParameterSection capability = section("Capability");
        assertEquals(0, capability.order("DataWallFlop"));
        assertEquals(1, capability.order("ReturnsAboveWall"));
        assertEquals(9, capability.order("DangerE"));
        ParameterSection run = section("Run");
        assertEquals(-1, run.order("Scenario"), "a property with no parameter behind it comes first");
        assertEquals(3, run.order("Start"));
        assertEquals(4, run.order("HorizonMonths"));
    }

    @Test
    void switchingIdaOffIsRefusedWhileALabSpendsOnIt() throws Exception {
        IndustryModel withIda = new IndustryModel(ScenarioLoader.resolve(ScenarioLoader.mapper().readTree(
                "{\"ida\": {\"enabled\": true}, \"labs\": [{\"id\": \"a\","
                        + " \"allocation\": {\"pre\": 0.4, \"post\": 0.05, \"inference\": 0.45, \"ida\": 0.1}}]}"),
                Map.of(), "test"));
        ScenarioParameters edits = new ScenarioParameters(withIda);
        IdaSection ida = (IdaSection) edits.sections().stream().filter(s -> s instanceof IdaSection).findFirst().orElseThrow();
        assertTrue(ida.isEnabled());
        ida.setEnabled(false);
        assertTrue(ida.isEnabled(), "the edit does not stand");
        assertTrue(edits.lastRejection().contains("$.labs[0].allocation.ida"), edits.lastRejection());
    }

    @Test
    void masonSetsValuesFromTheInspectorText() {
        Properties choice = Properties.getProperties(section("Choice"));
        choice.setValue(index(choice, "ReviewRate"), "0.05");
        assertEquals(0.05, model.nextScenario().choice().reviewRate());
        choice.setValue(index(choice, "ConsiderationLabs"), "4");
        assertEquals(4, model.nextScenario().choice().considerationLabs());
    }

    @Test
    void editRejectsAPathThatIsNoParameter() {
        ScenarioException e = assertThrows(ScenarioException.class, () ->
                ScenarioParameters.edit(original, "capability.returnsAboveWal", DoubleNode.valueOf(1)));
        assertTrue(e.getMessage().contains("did you mean \"returnsAboveWall\""), e.getMessage());
    }

    @Test
    void eachRegulatorIsATabWhoseEveryParameterIsEditableAndValidatedLikeAFile() throws Exception {
        Scenario regulated = ScenarioLoader.resolve(ScenarioLoader.mapper().readTree(
                "{\"horizonMonths\": 12, \"population\": {\"agents\": 500}, \"labs\": [{\"id\": \"a\"}],"
                        + " \"regulators\": [{\"id\": \"eu\", \"policy\": \"TRAINING_THRESHOLD\", \"thresholdFlop\": 1e25},"
                        + " {\"id\": \"us\", \"policy\": \"ENTITY_BASED\"}]}"), Map.of(), "test");
        IndustryModel regulatedModel = new IndustryModel(regulated);
        ScenarioParameters regulatedParameters = new ScenarioParameters(regulatedModel);
        RegulatorSection us = (RegulatorSection) regulatedParameters.sections().stream()
                .filter(s -> s.title().equals("Regulator us")).findFirst().orElseThrow();

        Properties props = Properties.getProperties(us);
        Set<String> exposed = new HashSet<>();
        for (int i = 0; i < props.numProperties(); i++) {
            exposed.add(props.getName(i));
        }
        for (RecordComponent c : RegulatorSpec.class.getRecordComponents()) {
            String property = Character.toUpperCase(c.getName().charAt(0)) + c.getName().substring(1);
            assertTrue(exposed.contains(property), c.getName() + " of a regulator has no GUI property");
        }
        assertEquals("regulators.1.revenueThresholdUsd", us.path("revenueThresholdUsd"));
        assertNotNull(us.describe("RevenueThresholdUsd"), "tooltips come from RegulatorSpec's @Param");
        assertEquals(PolicyKind.ENTITY_BASED.ordinal(), us.getPolicy());

        us.setRevenueThresholdUsd(2.5e9);
        assertNull(regulatedParameters.lastRejection());
        assertEquals(2.5e9, regulatedModel.nextScenario().regulators().get(1).revenueThresholdUsd());
        assertEquals(1e25, regulatedModel.nextScenario().regulators().get(0).thresholdFlop(), "the other regulator is untouched");

        Scenario before = regulatedModel.nextScenario();
        us.setDetectionProbability(1.5);
        assertSame(before, regulatedModel.nextScenario(), "a refused edit leaves the scenario unchanged");
        assertTrue(regulatedParameters.lastRejection().startsWith("inspector: $.regulators[1].detectionProbability: must be in [0, 1]"),
                regulatedParameters.lastRejection());
    }
}

package org.inferenceshift.parameters;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inferenceshift.scenario.RegulatorSpec;
import org.inferenceshift.scenario.Scenario;
import org.inferenceshift.scenario.ScenarioException;
import org.inferenceshift.scenario.ScenarioLoader;
import org.inferenceshift.sim.IndustryModel;

/**
 * The scenario's parameters as MASON bean properties, one {@link ParameterSection} per JSON section, so
 * the GUI's model inspector edits them the MASON way (getX/setX, domX for sliders). Each regulator
 * of {@code regulators} is a section of its own. Lab specifications ({@code labs}, {@code labDefaults}) are
 * not here: their allocation shares must sum to 1, so they cannot
 * be edited one number at a time; scenario files and {@code --set} change them. An edit changes the
 * model's next scenario ({@link IndustryModel#setScenario}): the run in progress keeps its scenario and
 * the edit applies from the next start.
 *
 * <p>Every edit is validated exactly like a scenario file (ranges and consistency rules, through
 * {@link ScenarioLoader#resolve}). A rejected edit leaves the scenario unchanged and is kept as
 * {@link #lastRejection()}, a message naming the JSON path and the accepted range, for the GUI to show;
 * setters never throw, because MASON would print the stack trace.
 */
public final class ScenarioParameters {
    /** Names edits in validation messages, where a file name would otherwise be. */
    static final String SOURCE = "inspector";

    private final IndustryModel model;
    private final List<ParameterSection> sections;
    private String lastRejection;

    public ScenarioParameters(IndustryModel model) {
        this.model = model;
        List<ParameterSection> all = new ArrayList<>(List.of(new RunSection(this), new PopulationSection(this),
                new ChoiceSection(this), new TrendsSection(this), new CapabilitySection(this), new ServingSection(this),
                new CapacitySection(this), new FinanceSection(this), new StrategySection(this), new PricingSection(this),
                new EntrySection(this), new IdaSection(this), new SyntheticSection(this), new ApiSection(this),
                new MetricsSection(this)));
        List<RegulatorSpec> regulators = scenario().regulators();
        for (int i = 0; i < regulators.size(); i++) {
            all.add(new RegulatorSection(this, i, regulators.get(i).id()));
        }
        this.sections = List.copyOf(all);
    }

    /** The sections in the order a scenario file lists them. */
    public List<ParameterSection> sections() {
        return sections;
    }

    /** The scenario the next run will use, with every edit so far. */
    public Scenario scenario() {
        return model.nextScenario();
    }

    /** Why the most recent edit was refused, or null if it was accepted. */
    public String lastRejection() {
        return lastRejection;
    }

    void set(String path, JsonNode value) {
        try {
            model.setScenario(edit(scenario(), path, value));
            lastRejection = null;
        } catch (ScenarioException e) {
            lastRejection = e.getMessage();
        }
    }

    /**
     * The scenario with the parameter at dotted {@code path} set to {@code value}, validated like a file;
     * every other value is carried over bit for bit.
     */
    public static Scenario edit(Scenario scenario, String path, JsonNode value) throws ScenarioException {
        JsonNode tree = ScenarioLoader.mapper().valueToTree(scenario);
        return ScenarioLoader.resolve(tree, Map.of(path, value), SOURCE);
    }
}

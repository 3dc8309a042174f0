package org.inferenceshift.parameters;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.RecordComponent;
import org.inferenceshift.scenario.Param;
import org.inferenceshift.scenario.ParamValidator;
import org.inferenceshift.scenario.Scenario;
import sim.util.Interval;

/**
 * One JSON section of the scenario as a MASON bean: subclasses declare getX/setX/domX for each parameter
 * and delegate here. Ranges, units and descriptions are read from the {@link Param} declaration of the
 * record component, so they are written once, in the scenario records.
 */
public abstract class ParameterSection {
    /**
     * Widest range shown as a linear slider. Wider ranges (FLOP, USD, agent counts span many orders of
     * magnitude) get a text field, still checked against the declared range.
     */
    static final double MAX_SLIDER_SPAN = 1000;

    private final ScenarioParameters owner;
    private final String key;
    private final String title;

    protected ParameterSection(ScenarioParameters owner, String key, String title) {
        this.owner = owner;
        this.key = key;
        this.title = title;
    }

    /** Tab title in the inspector. */
    public String title() {
        return title;
    }

    /** The JSON path of a parameter of this section ("capability.returnsAboveWall"). */
    public String path(String component) {
        return key.isEmpty() ? component : key + "." + component;
    }

    /**
     * Position of a MASON property name's parameter within its scenario record, so an inspector can list
     * parameters in the order a scenario file does (Java reflection returns methods in no fixed order).
     * Properties without a parameter behind them come first.
     */
    public int order(String propertyName) {
        RecordComponent declared = ParamLookup.component(path(component(propertyName)));
        if (declared == null) {
            return -1;
        }
        RecordComponent[] siblings = declared.getDeclaringRecord().getRecordComponents();
        for (int i = 0; i < siblings.length; i++) {
            if (siblings[i].getName().equals(declared.getName())) {
                return i;
            }
        }
        return -1;
    }

    private static String component(String propertyName) {
        return Character.toLowerCase(propertyName.charAt(0)) + propertyName.substring(1);
    }

    /**
     * Tooltip text for a MASON property name ("ReturnsAboveWall"): what it means, its unit and accepted
     * range, and the JSON path to set it in a scenario file. Null for properties without a declaration.
     */
    public String describe(String propertyName) {
        String component = component(propertyName);
        RecordComponent declared = ParamLookup.component(path(component));
        Param param = declared == null ? null : declared.getAnnotation(Param.class);
        if (param == null) {
            return null;
        }
        String accepted = declared.getType().isEnum()
                ? "one of " + String.join(", ", names((Enum<?>[]) declared.getType().getEnumConstants()))
                : "unit: " + param.unit() + "; range " + ParamValidator.range(param);
        return "<html>" + param.doc() + "<br>" + accepted + "<br>scenario file: " + path(component) + "</html>";
    }

    protected Scenario scenario() {
        return owner.scenario();
    }

    protected void set(String component, double value) {
        owner.set(path(component), DoubleNode.valueOf(value));
    }

    protected void set(String component, int value) {
        owner.set(path(component), IntNode.valueOf(value));
    }

    /** Sets an enum-valued parameter from its index in {@code constants} (a MASON combo box's choice). */
    protected <E extends Enum<E>> void set(String component, E[] constants, int index) {
        if (index >= 0 && index < constants.length) {
            owner.set(path(component), TextNode.valueOf(constants[index].name()));
        }
    }

    /** The combo-box labels of an enum-valued parameter: its constants' names, in declaration order. */
    protected static String[] names(Enum<?>[] constants) {
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].name();
        }
        return names;
    }

    protected void set(String component, boolean value) {
        owner.set(path(component), BooleanNode.valueOf(value));
    }

    /** The slider range of a parameter: its declared range when finite and narrow enough, else null. */
    protected Object domain(String component) {
        RecordComponent declared = ParamLookup.component(path(component));
        Param param = declared.getAnnotation(Param.class);
        boolean finite = Double.isFinite(param.min()) && Double.isFinite(param.max());
        if (!finite || param.max() - param.min() > MAX_SLIDER_SPAN) {
            return null;
        }
        return declared.getType() == int.class
                ? new Interval((long) param.min(), (long) param.max())
                : new Interval(param.min(), param.max());
    }
}

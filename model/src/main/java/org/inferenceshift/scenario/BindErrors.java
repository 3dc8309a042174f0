package org.inferenceshift.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Says in the scenario's terms what Jackson's binding errors mean. The type checks against the defaults
 * catch most mistakes before binding; what is left is a number of the right JSON type but the wrong kind
 * (a fraction, or a whole number too large, where a count of months or users is expected), for which
 * Jackson's own message talks about coercion configuration.
 */
final class BindErrors {
    private BindErrors() {
    }

    static String explain(JsonMappingException e, String path) {
        Class<?> target = null;
        Object value = null;
        if (e instanceof InvalidFormatException invalid) {
            target = invalid.getTargetType();
            value = invalid.getValue();
        } else if (e.getCause() instanceof InputCoercionException coercion) {
            target = coercion.getTargetType();
            value = textOf(coercion);
        }
        if (target != null && target.isEnum() && value != null) {
            return "must be one of " + java.util.Arrays.stream(target.getEnumConstants()).map(Object::toString)
                    .collect(java.util.stream.Collectors.joining(", ")) + ", got \"" + value + "\"";
        }
        if (isWholeNumberType(target)) {
            Param param = declaredAt(path);
            String range = param == null ? "" : " in " + ParamValidator.range(param);
            return "must be a whole number" + range + ", got " + (value == null ? "another value" : value);
        }
        return e.getOriginalMessage();
    }

    private static boolean isWholeNumberType(Class<?> type) {
        return type == int.class || type == long.class || type == Integer.class || type == Long.class;
    }

    /** The number as written, e.g. 99999999999999999999 for an int, read back from the parser if it can. */
    private static Object textOf(InputCoercionException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return null;
        }
        try {
            return parser.getText();
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** The {@link Param} of the scenario field at a JSON path such as {@code $.labs[0].trainingMonths}. */
    static Param declaredAt(String path) {
        Class<?> type = Scenario.class;
        RecordComponent component = null;
        for (String name : path.replaceAll("\\[\\d+]", "").replaceFirst("^\\$\\.?", "").split("\\.")) {
            if (type == null || !type.isRecord()) {
                return null;
            }
            component = componentNamed(type, name);
            if (component == null) {
                return null;
            }
            type = component.getType() == List.class
                    ? (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0]
                    : component.getType();
        }
        return component == null ? null : component.getAnnotation(Param.class);
    }

    private static RecordComponent componentNamed(Class<?> record, String name) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c;
            }
        }
        return null;
    }
}

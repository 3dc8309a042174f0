package org.inferenceshift.scenario;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Walks a resolved scenario and checks every {@link Param}-annotated number against its declared
 * range. Non-finite numbers are always rejected: a NaN in a scenario would poison every output.
 */
public final class ParamValidator {
    /** Significant digits of numbers in messages, more only where a value would print as its bound. */
    private static final int DIGITS = 6;
    private static final int MAX_DIGITS = 17;

    private ParamValidator() {
    }

    public static void validate(Record root, String source) throws ScenarioException {
        walk(root, "$", source);
    }

    private static void walk(Object value, String path, String source) throws ScenarioException {
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child = read(component, record);
                String childPath = path + "." + component.getName();
                Param param = component.getAnnotation(Param.class);
                if (param != null && child instanceof Number number) {
                    check(number.doubleValue(), param, childPath, source);
                }
                if (child == null) {
                    throw new ScenarioException(source + ": " + childPath + ": missing required value");
                }
                walk(child, childPath, source);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", source);
            }
        }
    }

    private static void check(double v, Param param, String path, String source) throws ScenarioException {
        if (!Double.isFinite(v)) {
            throw new ScenarioException(source + ": " + path + ": must be a finite number, got " + v);
        }
        if (v < param.min() || v > param.max()) {
            int digits = digitsToTellApart(v, param);
            throw new ScenarioException(source + ": " + path + ": must be in " + range(param, digits) + ", got "
                    + format(v, digits));
        }
    }

    public static String range(Param param) {
        return range(param, DIGITS);
    }

    private static String range(Param param, int digits) {
        String lo = param.min() == Double.NEGATIVE_INFINITY ? "-inf" : format(param.min(), digits);
        String hi = param.max() == Double.POSITIVE_INFINITY ? "inf" : format(param.max(), digits);
        return "[" + lo + ", " + hi + "]";
    }

    /**
     * Enough significant digits that a value just outside the range does not print as its bound:
     * "must be in [1, 1e8], got 1e8" for 100000001 would contradict itself.
     */
    private static int digitsToTellApart(double v, Param param) {
        for (int digits = DIGITS; digits < MAX_DIGITS; digits++) {
            String value = format(v, digits);
            if (!value.equals(format(param.min(), digits)) && !value.equals(format(param.max(), digits))) {
                return digits;
            }
        }
        return MAX_DIGITS;
    }

    /** Shortest faithful rendering: integers without ".0", large and tiny numbers in e-notation. */
    public static String format(double v) {
        return format(v, DIGITS);
    }

    private static String format(double v, int digits) {
        if (v == Math.rint(v) && Math.abs(v) < (digits == DIGITS ? 1e7 : 1e15)) {
            return Long.toString((long) v);
        }
        double abs = Math.abs(v);
        if (abs >= 1e7 || abs < 1e-3) {
            // %g switches to plain decimals below 10^digits; more digits than the usual six need %e
            String pattern = digits == DIGITS ? "%.6g" : "%." + (digits - 1) + "e";
            return String.format(java.util.Locale.ROOT, pattern, v).replaceAll("\\.?0+e", "e").replace("e+", "e")
                    .replaceAll("e(-?)0+(\\d)", "e$1$2");
        }
        return digits == DIGITS ? Double.toString(v) : new java.math.BigDecimal(v)
                .round(new java.math.MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** A sum of shares as the user would add them up: 0.65 + 0.05 + 0.45 is 1.15, not 1.1500000000000001. */
    public static String formatSum(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("record accessor " + component.getName() + " not readable", e);
        }
    }
}

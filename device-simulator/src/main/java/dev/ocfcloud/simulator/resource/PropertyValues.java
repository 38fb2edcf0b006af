package dev.ocfcloud.simulator.resource;

import java.util.List;
import java.util.Map;

/** Property values as the CBOR layer decodes them: integers as Long, other numbers as Double. */
final class PropertyValues {
    private PropertyValues() {}

    static Object normalize(Object value) {
        return switch (value) {
            case Integer number -> number.longValue();
            case Short number -> number.longValue();
            case Byte number -> number.longValue();
            case Float number -> number.doubleValue();
            default -> value;
        };
    }

    /** Whether {@code update} may replace {@code current}: same kind of value (an integer may set a number). */
    static boolean sameType(Object current, Object update) {
        return switch (current) {
            case Boolean ignored -> update instanceof Boolean;
            case Long ignored -> update instanceof Long;
            case Double ignored -> update instanceof Long || update instanceof Double;
            case String ignored -> update instanceof String;
            case List<?> ignored -> update instanceof List<?>;
            case Map<?, ?> ignored -> update instanceof Map<?, ?>;
            case null, default -> false;
        };
    }

    static Object coerce(Object current, Object update) {
        if (current instanceof Double && update instanceof Long number) {
            return number.doubleValue();
        }
        return normalize(update);
    }
}

package dev.ocfcloud.simulator.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The structure of a decoded CBOR value: keys in order and the type of each value, not the values. */
public final class CborShape {
    private CborShape() {}

    public static Object of(Object value) {
        return switch (value) {
            case Map<?, ?> map -> {
                Map<Object, Object> shape = new LinkedHashMap<>();
                map.forEach((key, item) -> shape.put(key, of(item)));
                yield shape;
            }
            case List<?> list -> list.stream().map(CborShape::of).toList();
            case String ignored -> "text";
            case Long ignored -> "int";
            case Double ignored -> "float";
            case Boolean ignored -> "bool";
            case null -> "null";
            default -> value.getClass().getSimpleName();
        };
    }
}

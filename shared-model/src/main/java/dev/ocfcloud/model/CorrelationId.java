package dev.ocfcloud.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/**
 * Ties a command to the events it caused and, for device round trips, the pending command to its
 * confirmation. Callers may bring their own (HTTP {@code Correlation-ID}); otherwise one is made.
 */
public record CorrelationId(String value) {
    public static final int MAX_LENGTH = 128;

    public CorrelationId {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a correlation id is 1.." + MAX_LENGTH + " characters, was " + Texts.quote(value));
        }
    }

    @JsonCreator
    public static CorrelationId of(String value) {
        return new CorrelationId(value);
    }

    public static CorrelationId random() {
        return new CorrelationId(UUID.randomUUID().toString());
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}

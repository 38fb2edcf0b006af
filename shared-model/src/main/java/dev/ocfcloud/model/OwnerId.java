package dev.ocfcloud.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The tenant a device belongs to: the value of the owner claim of the user's access token (the
 * {@code uid} a device signs in with). Every command carries one and every query filters by it.
 */
public record OwnerId(String value) {
    public static final int MAX_LENGTH = 256;

    public OwnerId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "an owner id is 1.." + MAX_LENGTH + " characters, was " + Texts.quote(value));
        }
    }

    @JsonCreator
    public static OwnerId of(String value) {
        return new OwnerId(value);
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

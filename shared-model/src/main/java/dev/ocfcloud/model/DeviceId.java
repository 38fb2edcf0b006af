package dev.ocfcloud.model;

import java.util.Objects;

/** The id an OCF device gives itself ({@code di}), a UUID in text form. */
public record DeviceId(String value) {
    public DeviceId {
        Objects.requireNonNull(value, "value");
    }
}

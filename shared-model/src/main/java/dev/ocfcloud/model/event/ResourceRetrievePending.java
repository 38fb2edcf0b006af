package dev.ocfcloud.model.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A read from the device itself (CoAP GET) waits for the device. */
public record ResourceRetrievePending(String resourceInterface, Instant validUntil) implements DeviceRequestPending {
    public ResourceRetrievePending {
        Objects.requireNonNull(resourceInterface, "resourceInterface");
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
    }
}

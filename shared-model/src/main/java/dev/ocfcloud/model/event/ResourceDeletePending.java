package dev.ocfcloud.model.event;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A delete (CoAP DELETE) waits for the device. */
public record ResourceDeletePending(Instant validUntil) implements DeviceRequestPending {
    public ResourceDeletePending {
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
    }
}

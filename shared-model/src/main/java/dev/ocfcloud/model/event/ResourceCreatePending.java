package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** A create (CoAP POST, {@code if=oic.if.create}) waits for the device. */
public record ResourceCreatePending(ResourceContent content, Instant validUntil) implements DeviceRequestPending {
    public ResourceCreatePending {
        Objects.requireNonNull(content, "content");
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
    }
}

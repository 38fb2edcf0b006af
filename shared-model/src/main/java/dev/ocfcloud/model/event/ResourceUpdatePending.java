package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** An update (CoAP POST) waits for the device. */
public record ResourceUpdatePending(ResourceContent content, String resourceInterface, Instant validUntil)
        implements DeviceRequestPending {
    public ResourceUpdatePending {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(resourceInterface, "resourceInterface");
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
    }
}

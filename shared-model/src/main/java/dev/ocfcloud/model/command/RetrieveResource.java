package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Asks the device itself for the representation (not the shadow): CoAP GET. Pending until the device answers or {@code validUntil} passes. */
public record RetrieveResource(
        ResourceId resourceId,
        OwnerId owner,
        CorrelationId correlationId,
        String resourceInterface,
        Instant validUntil,
        DeliveryMode delivery)
        implements DeviceRequestCommand {
    public RetrieveResource {
        Objects.requireNonNull(resourceInterface, "resourceInterface");
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(delivery, "delivery");
    }
}

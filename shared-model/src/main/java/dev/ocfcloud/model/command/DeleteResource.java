package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Asks the device to delete the resource (CoAP DELETE). Pending until the device answers or {@code validUntil} passes. */
public record DeleteResource(
        ResourceId resourceId, OwnerId owner, CorrelationId correlationId, Instant validUntil, DeliveryMode delivery)
        implements DeviceRequestCommand {
    public DeleteResource {
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(delivery, "delivery");
    }
}

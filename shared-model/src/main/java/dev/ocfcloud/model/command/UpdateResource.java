package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Asks the device to change the resource (CoAP POST with the content). Pending until the device answers or {@code validUntil} passes. */
public record UpdateResource(
        ResourceId resourceId,
        OwnerId owner,
        CorrelationId correlationId,
        ResourceContent content,
        String resourceInterface,
        Instant validUntil,
        DeliveryMode delivery)
        implements DeviceRequestCommand {
    public UpdateResource {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(resourceInterface, "resourceInterface");
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(delivery, "delivery");
    }
}

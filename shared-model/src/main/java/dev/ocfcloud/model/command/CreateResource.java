package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** Asks the device to create a resource in a collection (CoAP POST with {@code if=oic.if.create}). Pending until the device answers or {@code validUntil} passes. */
public record CreateResource(
        ResourceId resourceId,
        OwnerId owner,
        CorrelationId correlationId,
        ResourceContent content,
        Instant validUntil,
        DeliveryMode delivery)
        implements DeviceRequestCommand {
    public CreateResource {
        Objects.requireNonNull(content, "content");
        validUntil = validUntil.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(delivery, "delivery");
    }
}

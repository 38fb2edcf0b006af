package dev.ocfcloud.model.delivery;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.ResourceId;
import dev.ocfcloud.model.command.DeviceRequestKind;
import dev.ocfcloud.model.resource.ResourceContent;
import java.time.Instant;
import java.util.Objects;

/**
 * A pending cloud→device request, sent by the aggregate to the gateway node holding the device's
 * connection: when the request is made while the device is online, and again for every request
 * still pending when the device comes online. The gateway sends it to the device and confirms the
 * answer under the same correlation id; a repeat of a delivery it is already working on is ignored.
 *
 * @param resourceInterface the {@code if} query to send, empty for the resource's default
 */
public record DeviceRequestDelivery(
        ResourceId resourceId,
        OwnerId owner,
        CorrelationId correlationId,
        DeviceRequestKind kind,
        ResourceContent content,
        String resourceInterface,
        Instant validUntil) {
    public DeviceRequestDelivery {
        Objects.requireNonNull(resourceId, "resourceId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(resourceInterface, "resourceInterface");
        Objects.requireNonNull(validUntil, "validUntil");
    }
}

package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.resource.ResourceLink;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST /oic/rd}: the device publishes (or republishes) links to its resources. Links equal
 * to the published ones change nothing.
 *
 * @param deviceName the device's {@code n}
 * @param ttlSeconds the publication's time to live; 0 is unlimited
 */
public record PublishResourceLinks(
        DeviceId deviceId,
        OwnerId owner,
        CorrelationId correlationId,
        String deviceName,
        long ttlSeconds,
        List<ResourceLink> links)
        implements DeviceCommand {
    public PublishResourceLinks {
        Objects.requireNonNull(deviceName, "deviceName");
        links = List.copyOf(links);
    }
}

package dev.ocfcloud.model.query;

import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.resource.ConnectionStatus;
import dev.ocfcloud.model.resource.ResourceLink;
import java.time.Instant;
import java.util.List;

/**
 * A registered device as the registry knows it.
 *
 * @param lastChange when the device aggregate last changed
 * @param version the device aggregate's version this view reflects
 * @param gatewayNode the gateway node holding its connection while online, else empty
 */
public record DeviceView(
        DeviceId deviceId,
        OwnerId owner,
        String name,
        ConnectionStatus status,
        String gatewayNode,
        Instant lastChange,
        long version,
        List<ResourceLink> links) {
    public DeviceView {
        links = List.copyOf(links);
    }
}

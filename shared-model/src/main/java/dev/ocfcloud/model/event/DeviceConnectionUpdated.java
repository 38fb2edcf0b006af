package dev.ocfcloud.model.event;

import dev.ocfcloud.model.resource.ConnectionStatus;
import java.util.Objects;

/** The device went online on a connection held by a gateway node, or offline. */
public record DeviceConnectionUpdated(ConnectionStatus status, String connectionId, String gatewayNode)
        implements DeviceEvent {
    public DeviceConnectionUpdated {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(gatewayNode, "gatewayNode");
    }
}

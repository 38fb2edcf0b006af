package dev.ocfcloud.model.command;

import dev.ocfcloud.model.CorrelationId;
import dev.ocfcloud.model.DeviceId;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.resource.ConnectionStatus;
import java.util.Objects;

/**
 * A gateway reports that a device signed in on a connection, or that the connection ended. An
 * offline report for a connection that is no longer the device's current one changes nothing: the
 * device has already come back elsewhere.
 *
 * @param connectionId unique per connection, across gateways and restarts
 * @param gatewayNode the gateway node holding the connection; cloud→device requests go there
 */
public record UpdateDeviceConnection(
        DeviceId deviceId,
        OwnerId owner,
        CorrelationId correlationId,
        ConnectionStatus status,
        String connectionId,
        String gatewayNode)
        implements DeviceCommand {
    public UpdateDeviceConnection {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(connectionId, "connectionId");
        Objects.requireNonNull(gatewayNode, "gatewayNode");
    }
}

package dev.ocfcloud.aggregate.device;

import dev.ocfcloud.model.resource.ConnectionStatus;

/** The device's connection as last reported by a gateway. */
public record DeviceConnection(ConnectionStatus status, String connectionId, String gatewayNode) {
    public static final DeviceConnection NEVER_CONNECTED = new DeviceConnection(ConnectionStatus.OFFLINE, "", "");

    public boolean isOnline() {
        return status == ConnectionStatus.ONLINE;
    }
}

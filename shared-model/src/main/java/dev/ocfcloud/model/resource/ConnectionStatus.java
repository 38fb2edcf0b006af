package dev.ocfcloud.model.resource;

/** Whether a device holds a signed-in connection to a gateway. */
public enum ConnectionStatus {
    ONLINE,
    OFFLINE
}

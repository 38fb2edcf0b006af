package dev.ocfcloud.simulator.device;

/** Where a simulated device is in its life. */
public enum DeviceStatus {
    /** Created, not started. */
    IDLE,
    /** Opening a TCP connection. */
    CONNECTING,
    /** Connected: signing up, refreshing, signing in, publishing. */
    REGISTERING,
    /** Signed in on its connection and serving the cloud. */
    SIGNED_IN,
    /** Signed out on request, still connected. */
    SIGNED_OUT,
    /** Waiting to reconnect. */
    DISCONNECTED,
    /** Stopped by an answer after which a real device gives up (see the summary's failures). */
    FAILED,
    /** Deregistered on request: the cloud configuration is gone. */
    DEREGISTERED,
    /** Stopped on request. */
    STOPPED
}

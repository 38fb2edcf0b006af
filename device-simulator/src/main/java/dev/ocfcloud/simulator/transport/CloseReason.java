package dev.ocfcloud.simulator.transport;

/** Why a device's connection to the cloud ended. */
public enum CloseReason {
    /** The cloud closed the TCP connection (or it broke). */
    CLOSED_BY_CLOUD,
    /** The cloud sent 7.04 Release (RFC 8323 §5.5); the device closes and reconnects. */
    RELEASED,
    /** The cloud sent a frame the codec rejects; iotivity-lite closes the session on any parse error. */
    MALFORMED_INPUT,
    /** Too many Pongs missed in a row (PROTOCOL.md §1.2: six). */
    KEEPALIVE_FAILED,
    /** The device gave up on this connection (retries ran out, sign-in rejected) and reconnects. */
    RESTART,
    /** The device stopped (end of the run, fatal error, deregistration). */
    LOCAL
}

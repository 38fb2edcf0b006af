package dev.ocfcloud.simulator.transport;

/** The connection ended before a request was answered. */
public final class ConnectionClosedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient CloseReason reason;

    public ConnectionClosedException(CloseReason reason) {
        super("connection closed: " + reason, null, false, false);
        this.reason = reason;
    }

    public CloseReason reason() {
        return reason;
    }
}

package dev.ocfcloud.simulator.cloud;

import dev.ocfcloud.simulator.metrics.FailureReason;

/**
 * An answer after which a real device stops trying (cps = failed, or its cloud configuration wiped):
 * the simulated device stops and the run records the reason.
 */
public final class FatalCloudException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final FailureReason reason;

    public FatalCloudException(FailureReason reason, Throwable cause) {
        super(reason.description() + ": " + cause.getMessage(), cause, false, false);
        this.reason = reason;
    }

    public FailureReason reason() {
        return reason;
    }
}

package dev.ocfcloud.simulator.cloud;

/** Every attempt of a request met 5.03/5.04 or a timeout: the device reconnects. */
public final class RetriesExhaustedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RetriesExhaustedException(String operation, int attempts, Throwable last) {
        super(operation + " failed " + attempts + " times, last: " + last.getMessage(), last, false, false);
    }
}

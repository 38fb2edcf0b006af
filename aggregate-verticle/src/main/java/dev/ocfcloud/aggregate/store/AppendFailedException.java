package dev.ocfcloud.aggregate.store;

import java.io.Serial;

/**
 * An append did not go through cleanly (broker unreachable, timeout). Whether it became visible is
 * unknown until the partition is acquired again; the writer cannot be used any more.
 */
public final class AppendFailedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public AppendFailedException(int partition, Throwable cause) {
        super("append to partition " + partition + " failed: " + cause, cause);
    }
}

package dev.ocfcloud.aggregate.store;

import java.io.Serial;

/** This writer lost its partition: another owner acquired it. Nothing of the failed append is visible. */
public final class FencedException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public FencedException(int partition, Throwable cause) {
        super("the writer of partition " + partition + " was fenced by a newer owner", cause);
    }
}

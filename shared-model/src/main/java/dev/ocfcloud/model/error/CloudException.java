package dev.ocfcloud.model.error;

import java.io.Serial;

/** Carries a {@link CloudError} through a failed {@code Future}; edges unwrap it. */
public final class CloudException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final transient CloudError error;

    public CloudException(CloudError error) {
        super(error.toString(), null, false, false);
        this.error = error;
    }

    public CloudError error() {
        return error;
    }

    /** The error behind any failure: a CloudException's own, otherwise an internal error. */
    public static CloudError errorOf(Throwable failure) {
        if (failure instanceof CloudException cloud) {
            return cloud.error();
        }
        return CloudError.of(ErrorCode.INTERNAL, String.valueOf(failure));
    }
}

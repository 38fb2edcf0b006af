package dev.ocfcloud.model.error;

import java.util.Objects;

/**
 * A failure as a value: a stable {@link ErrorCode} and a detail for developers and logs. Detail
 * text never includes another tenant's data, so edges may show it to the caller.
 */
public record CloudError(ErrorCode code, String detail) {
    public CloudError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    public static CloudError of(ErrorCode code, String detail) {
        return new CloudError(code, detail);
    }

    public boolean retryable() {
        return code.retryable();
    }

    /** This error as an exception, for failing a {@code Future}. */
    public CloudException toException() {
        return new CloudException(this);
    }

    @Override
    public String toString() {
        return code.code() + ": " + detail;
    }
}

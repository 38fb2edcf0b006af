package dev.ocfcloud.model.auth;

import dev.ocfcloud.model.error.CloudError;
import dev.ocfcloud.model.error.CloudException;
import dev.ocfcloud.model.error.ErrorCode;

/** The {@code auth.*} failures, as exceptions for failing a {@code Future}. */
public final class AuthFailures {
    private AuthFailures() {}

    public static CloudException tokenInvalid(String detail) {
        return CloudError.of(ErrorCode.AUTH_TOKEN_INVALID, detail).toException();
    }

    public static CloudException tokenExpired(String detail) {
        return CloudError.of(ErrorCode.AUTH_TOKEN_EXPIRED, detail).toException();
    }

    public static CloudException unavailable(String detail) {
        return CloudError.of(ErrorCode.AUTH_UNAVAILABLE, detail).toException();
    }

    public static CloudException forbidden(String detail) {
        return CloudError.of(ErrorCode.AUTH_FORBIDDEN, detail).toException();
    }
}

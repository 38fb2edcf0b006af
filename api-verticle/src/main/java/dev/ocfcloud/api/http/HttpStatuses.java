package dev.ocfcloud.api.http;

import dev.ocfcloud.model.error.ErrorKind;

/** The one mapping of error kinds to HTTP statuses. */
public final class HttpStatuses {
    private HttpStatuses() {}

    public static int of(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case OVERLOADED -> 429;
            case UNAVAILABLE -> 503;
            case TIMEOUT -> 504;
            case INTERNAL -> 500;
        };
    }
}

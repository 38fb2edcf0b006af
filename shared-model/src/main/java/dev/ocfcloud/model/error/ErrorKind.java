package dev.ocfcloud.model.error;

/** The families of failure each edge maps once: to a CoAP code in the gateway, an HTTP status in the API. */
public enum ErrorKind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    OVERLOADED,
    UNAVAILABLE,
    TIMEOUT,
    INTERNAL
}

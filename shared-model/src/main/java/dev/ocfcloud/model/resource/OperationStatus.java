package dev.ocfcloud.model.resource;

/**
 * How a device (or the cloud on its behalf) ended an operation on a resource. Gateways map CoAP
 * response codes to it; APIs map it to HTTP. {@link #TIMEOUT} and {@link #CANCELED} are the
 * cloud's own endings for pending commands.
 */
public enum OperationStatus {
    OK,
    CREATED,
    CHANGED,
    DELETED,
    BAD_REQUEST,
    UNAUTHORIZED,
    FORBIDDEN,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    ERROR,
    UNAVAILABLE,
    TIMEOUT,
    CANCELED;

    public boolean isSuccess() {
        return this == OK || this == CREATED || this == CHANGED || this == DELETED;
    }
}

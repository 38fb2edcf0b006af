package dev.ocfcloud.model.error;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Stable error codes: clients and operators may match on {@link #code()}; never rename one. */
public enum ErrorCode {
    INVALID_COMMAND("command.invalid", ErrorKind.INVALID, false),
    DEVICE_NOT_FOUND("device.not_found", ErrorKind.NOT_FOUND, false),
    /** The device is registered to another owner than the caller's. APIs show it as not found. */
    DEVICE_NOT_OWNED("device.not_owned", ErrorKind.FORBIDDEN, false),
    RESOURCE_NOT_FOUND("resource.not_found", ErrorKind.NOT_FOUND, false),
    /** The device is not connected and the request was not to wait for it. */
    DEVICE_OFFLINE("device.offline", ErrorKind.TIMEOUT, true),
    COMMAND_NOT_PENDING("command.not_pending", ErrorKind.NOT_FOUND, false),
    COMMAND_ALREADY_PENDING("command.already_pending", ErrorKind.CONFLICT, false),
    TOO_MANY_PENDING_COMMANDS("command.too_many_pending", ErrorKind.OVERLOADED, true),
    /** No aggregate instance owns the device's partition right now (rebalance, start-up). */
    AGGREGATE_UNAVAILABLE("aggregate.unavailable", ErrorKind.UNAVAILABLE, true),
    AGGREGATE_OVERLOADED("aggregate.overloaded", ErrorKind.OVERLOADED, true),
    /** The event log could not take the append (broker down, timeout, this owner was fenced). */
    EVENT_STORE_UNAVAILABLE("event_store.unavailable", ErrorKind.UNAVAILABLE, true),
    DIRECTORY_UNAVAILABLE("directory.unavailable", ErrorKind.UNAVAILABLE, true),
    /**
     * A token, authorization code or refresh token was refused for good: malformed, bad signature,
     * wrong issuer or audience, unknown, already used, or the client itself was refused.
     */
    AUTH_TOKEN_INVALID("auth.token_invalid", ErrorKind.UNAUTHENTICATED, false),
    /** The token was valid but has expired (beyond the allowed clock skew). */
    AUTH_TOKEN_EXPIRED("auth.token_expired", ErrorKind.UNAUTHENTICATED, false),
    /**
     * The identity provider (its JWKS or token endpoint) could not be reached or failed. Never a
     * reason to tell a device its credentials are bad: devices get 5.03 for it, not 4.01.
     */
    AUTH_UNAVAILABLE("auth.unavailable", ErrorKind.UNAVAILABLE, true),
    /** The token is valid but does not allow this (e.g. a missing scope). */
    AUTH_FORBIDDEN("auth.forbidden", ErrorKind.FORBIDDEN, false),
    TIMEOUT("request.timeout", ErrorKind.TIMEOUT, true),
    INTERNAL("internal", ErrorKind.INTERNAL, false);

    private static final Map<String, ErrorCode> BY_CODE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final String code;
    private final ErrorKind kind;
    private final boolean retryable;

    ErrorCode(String code, ErrorKind kind, boolean retryable) {
        this.code = code;
        this.kind = kind;
        this.retryable = retryable;
    }

    public String code() {
        return code;
    }

    public ErrorKind kind() {
        return kind;
    }

    /** Whether the same request may succeed if sent again later. */
    public boolean retryable() {
        return retryable;
    }

    public static Optional<ErrorCode> fromCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}

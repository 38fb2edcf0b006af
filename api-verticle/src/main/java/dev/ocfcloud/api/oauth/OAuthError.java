package dev.ocfcloud.api.oauth;

/** The token endpoint's error codes (RFC 6749 §5.2) and the HTTP status each is sent with. */
public enum OAuthError {
    INVALID_REQUEST("invalid_request", 400),
    /** RFC 6749 §5.2: 401 with {@code WWW-Authenticate} when the client tried to authenticate. */
    INVALID_CLIENT("invalid_client", 401),
    INVALID_GRANT("invalid_grant", 400),
    UNAUTHORIZED_CLIENT("unauthorized_client", 400),
    UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
    INVALID_SCOPE("invalid_scope", 400),
    /** Authorization endpoint only (RFC 6749 §4.1.2.1). */
    UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type", 400),
    ACCESS_DENIED("access_denied", 400),
    /** The store failed: RFC 6749 §4.1.2.1 {@code server_error}; the client may retry. */
    SERVER_ERROR("server_error", 500),
    TEMPORARILY_UNAVAILABLE("temporarily_unavailable", 503);

    private final String code;
    private final int status;

    OAuthError(String code, int status) {
        this.code = code;
        this.status = status;
    }

    public String code() {
        return code;
    }

    public int status() {
        return status;
    }

    public OAuthException because(String description) {
        return new OAuthException(this, description);
    }
}

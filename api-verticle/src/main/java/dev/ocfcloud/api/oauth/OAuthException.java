package dev.ocfcloud.api.oauth;

import java.io.Serial;

/** A refusal of the token or authorization endpoint, carried through a failed {@code Future}. */
public final class OAuthException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    private final OAuthError error;

    public OAuthException(OAuthError error, String description) {
        super(description, null, false, false);
        this.error = error;
    }

    public OAuthError error() {
        return error;
    }

    /** The {@code error_description}: for the client's developer, never secret. */
    public String description() {
        return getMessage();
    }
}

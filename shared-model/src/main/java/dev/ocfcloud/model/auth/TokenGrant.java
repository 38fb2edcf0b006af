package dev.ocfcloud.model.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * What a token endpoint granted (RFC 6749 §5.1).
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token; empty when none was issued (e.g. client credentials)
 * @param expiresIn the access token's lifetime from {@code expires_in}; {@link #UNKNOWN_LIFETIME}
 *     when the endpoint did not say
 */
public record TokenGrant(String accessToken, String refreshToken, Duration expiresIn) {
    /** {@code expires_in} was absent (RFC 6749 makes it only RECOMMENDED). */
    public static final Duration UNKNOWN_LIFETIME = Duration.ofSeconds(-1);

    public TokenGrant {
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(expiresIn, "expiresIn");
        if (accessToken == null || accessToken.isEmpty()) {
            throw new IllegalArgumentException("a grant has an access token");
        }
    }

    public boolean hasRefreshToken() {
        return !refreshToken.isEmpty();
    }
}

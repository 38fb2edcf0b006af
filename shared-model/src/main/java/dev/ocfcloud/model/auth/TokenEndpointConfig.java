package dev.ocfcloud.model.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and as whom a {@link TokenEndpointClient} asks for tokens.
 *
 * @param tokenUrl the token endpoint, e.g. {@code http://127.0.0.1:8080/oauth/token}
 * @param clientId this client's id
 * @param clientSecret its secret, sent with HTTP Basic authentication (RFC 6749 §2.3.1)
 * @param timeout how long one request may take before it counts as {@code auth.unavailable}
 */
public record TokenEndpointConfig(String tokenUrl, String clientId, String clientSecret, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    public TokenEndpointConfig {
        Objects.requireNonNull(clientSecret, "clientSecret");
        if (tokenUrl == null || tokenUrl.isBlank()) {
            throw new IllegalArgumentException("a token endpoint needs its URL");
        }
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a token endpoint client needs its id");
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    @Override
    public String toString() {
        return "TokenEndpointConfig[tokenUrl=" + tokenUrl + ", clientId=" + clientId + ", timeout=" + timeout + "]";
    }
}

package dev.ocfcloud.api.oauth.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A signing key pair as stored.
 *
 * @param kid its key id (the JWS {@code kid})
 * @param privateJwk the key pair as a JWK (JSON), private part included
 * @param createdAt when it was made; the newest key signs
 */
public record StoredSigningKey(String kid, String privateJwk, Instant createdAt) {
    public StoredSigningKey {
        Objects.requireNonNull(kid, "kid");
        Objects.requireNonNull(privateJwk, "privateJwk");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    @Override
    public String toString() {
        return "StoredSigningKey[kid=" + kid + ", createdAt=" + createdAt + "]";
    }
}

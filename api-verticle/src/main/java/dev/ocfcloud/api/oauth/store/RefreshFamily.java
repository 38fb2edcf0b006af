package dev.ocfcloud.api.oauth.store;

import dev.ocfcloud.model.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A chain of rotated refresh tokens that started with one grant. Only the newest token of the
 * chain is valid; presenting an older one means it leaked, and the whole family is revoked
 * (refresh-token reuse detection, OAuth 2.0 Security BCP, RFC 9700 §4.14.2).
 *
 * @param familyId names the family; the first part of each of its refresh tokens
 * @param clientId the client the tokens were issued to
 * @param subject the {@code sub} of the access tokens it grants
 * @param owner their owner
 * @param scopes their scopes
 * @param currentHash the SHA-256 (Base64url) of the one refresh token that is valid now
 * @param expiresAt when the current refresh token expires (each rotation moves it on)
 * @param revoked whether the family was revoked
 */
public record RefreshFamily(
        String familyId,
        String clientId,
        String subject,
        OwnerId owner,
        Set<String> scopes,
        String currentHash,
        Instant expiresAt,
        boolean revoked) {
    public RefreshFamily {
        Objects.requireNonNull(familyId, "familyId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(currentHash, "currentHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    public RefreshFamily rotated(String nextHash, Instant nextExpiry) {
        return new RefreshFamily(familyId, clientId, subject, owner, scopes, nextHash, nextExpiry, revoked);
    }

    public RefreshFamily asRevoked() {
        return new RefreshFamily(familyId, clientId, subject, owner, scopes, currentHash, expiresAt, true);
    }
}

package dev.ocfcloud.model.auth;

import dev.ocfcloud.model.OwnerId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An access token whose signature, issuer, audience and lifetime were checked.
 *
 * @param owner the tenant, from the issuer's configured owner claim
 * @param subject the {@code sub} claim (the user or client), empty if the token has none
 * @param issuer the {@code iss} claim
 * @param expiresAt the {@code exp} claim
 * @param scopes the granted scopes ({@code scope}, space-separated, or {@code scp}, a list)
 */
public record VerifiedToken(OwnerId owner, String subject, String issuer, Instant expiresAt, Set<String> scopes) {
    public VerifiedToken {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(expiresAt, "expiresAt");
        scopes = Set.copyOf(scopes);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}

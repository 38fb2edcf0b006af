package dev.ocfcloud.model.auth;

import dev.ocfcloud.model.OwnerId;
import java.time.Instant;
import java.util.Set;

/** An access token whose signature, issuer, audience and lifetime have been checked. */
public record VerifiedToken(OwnerId owner, String subject, String issuer, Instant expiresAt, Set<String> scopes) {
    public VerifiedToken {
        scopes = Set.copyOf(scopes);
    }
}

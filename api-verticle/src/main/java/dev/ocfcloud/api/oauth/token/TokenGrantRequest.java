package dev.ocfcloud.api.oauth.token;

import dev.ocfcloud.model.OwnerId;
import java.util.Objects;
import java.util.Set;

/**
 * What a set of tokens is issued for.
 *
 * @param subject their {@code sub}
 * @param owner their owner (in {@code sub}, or in the owner claim)
 * @param scopes their scopes
 * @param clientId the client they are issued to ({@code client_id}, RFC 9068 §2.2)
 */
public record TokenGrantRequest(String subject, OwnerId owner, Set<String> scopes, String clientId) {
    public TokenGrantRequest {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(clientId, "clientId");
        scopes = Set.copyOf(scopes);
    }
}

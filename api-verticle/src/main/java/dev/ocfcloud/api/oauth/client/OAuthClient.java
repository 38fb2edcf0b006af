package dev.ocfcloud.api.oauth.client;

import dev.ocfcloud.model.OwnerId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A client registered with the embedded provider, from configuration.
 *
 * @param clientId its id
 * @param secret its secret; empty for a public client, which may only use the authorization-code
 *     grant with PKCE
 * @param redirectUris where the authorization endpoint may send its codes (exact match)
 * @param grantTypes the grants it may use
 * @param scopes the scopes it may get; also what it gets when it asks for none
 * @param owner for client credentials: the owner its tokens carry (default: the client id)
 */
public record OAuthClient(
        String clientId,
        Optional<String> secret,
        List<String> redirectUris,
        Set<GrantType> grantTypes,
        Set<String> scopes,
        Optional<OwnerId> owner) {
    public OAuthClient {
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(owner, "owner");
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a client needs an id");
        }
        redirectUris = List.copyOf(redirectUris);
        grantTypes = Set.copyOf(grantTypes);
        scopes = Set.copyOf(scopes);
        if (secret.isEmpty() && !grantTypes.equals(Set.of(GrantType.AUTHORIZATION_CODE))) {
            throw new IllegalArgumentException("client " + clientId
                    + " has no secret: a public client may only use authorization_code (with PKCE)");
        }
        if (grantTypes.contains(GrantType.AUTHORIZATION_CODE) && secret.isEmpty() && redirectUris.isEmpty()) {
            throw new IllegalArgumentException("public client " + clientId + " needs a redirect URI");
        }
    }

    public boolean confidential() {
        return secret.isPresent();
    }

    public boolean allows(GrantType grantType) {
        return grantTypes.contains(grantType);
    }

    @Override
    public String toString() {
        return "OAuthClient[" + clientId + ", " + (confidential() ? "confidential" : "public") + ", grants="
                + grantTypes + ", scopes=" + scopes + "]";
    }
}

package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.OAuthProviderConfig;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.token.IssuedTokens;
import dev.ocfcloud.api.oauth.token.Scopes;
import dev.ocfcloud.api.oauth.token.TokenGrantRequest;
import dev.ocfcloud.model.OwnerId;
import io.vertx.core.Future;
import java.util.Set;

/**
 * {@code grant_type=client_credentials} (RFC 6749 §4.4) for service clients: the token's owner is
 * the client's configured owner, or its id. No refresh token (RFC 6749 §4.4.3).
 */
public final class ClientCredentialsGrant implements GrantHandler {
    private final OAuthProviderConfig config;
    private final TokenMinter minter;

    public ClientCredentialsGrant(OAuthProviderConfig config, TokenMinter minter) {
        this.config = config;
        this.minter = minter;
    }

    @Override
    public Future<IssuedTokens> handle(OAuthClient client, TokenRequest request) {
        if (!client.confidential() || !client.allows(GrantType.CLIENT_CREDENTIALS)) {
            return Future.failedFuture(OAuthError.UNAUTHORIZED_CLIENT.because("client may not use client_credentials"));
        }
        Set<String> requested = Scopes.parse(request.optional("scope").orElse(""));
        if (!client.scopes().containsAll(requested)) {
            return Future.failedFuture(OAuthError.INVALID_SCOPE.because("scope exceeds what the client may get"));
        }
        OwnerId owner = client.owner().orElseGet(() -> OwnerId.of(client.clientId()));
        TokenGrantRequest grant = new TokenGrantRequest(
                config.subjectFor(client.clientId(), owner),
                owner,
                requested.isEmpty() ? client.scopes() : requested,
                client.clientId());
        return Future.succeededFuture(minter.accessOnly(grant));
    }
}

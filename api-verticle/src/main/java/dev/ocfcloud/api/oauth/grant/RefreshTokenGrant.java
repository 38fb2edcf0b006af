package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.token.IssuedTokens;
import dev.ocfcloud.api.oauth.token.RefreshTokens;
import dev.ocfcloud.api.oauth.token.Scopes;
import dev.ocfcloud.api.oauth.token.TokenGrantRequest;
import io.vertx.core.Future;
import java.util.Set;

/**
 * {@code grant_type=refresh_token} (RFC 6749 §6) with rotation: the response carries a new refresh
 * token and the presented one stops working. A narrower {@code scope} may be asked for.
 */
public final class RefreshTokenGrant implements GrantHandler {
    private final RefreshTokens refreshTokens;
    private final TokenMinter minter;

    public RefreshTokenGrant(RefreshTokens refreshTokens, TokenMinter minter) {
        this.refreshTokens = refreshTokens;
        this.minter = minter;
    }

    @Override
    public Future<IssuedTokens> handle(OAuthClient client, TokenRequest request) {
        if (!client.allows(GrantType.REFRESH_TOKEN)) {
            return Future.failedFuture(OAuthError.UNAUTHORIZED_CLIENT.because("client may not use refresh_token"));
        }
        String presented = request.required("refresh_token");
        Set<String> requested = Scopes.parse(request.optional("scope").orElse(""));
        return refreshTokens.rotate(presented, client.clientId()).map(rotated -> {
            Set<String> granted = rotated.family().scopes();
            if (!granted.containsAll(requested)) {
                throw OAuthError.INVALID_SCOPE.because("scope exceeds what was granted");
            }
            TokenGrantRequest grant = new TokenGrantRequest(
                    rotated.family().subject(),
                    rotated.family().owner(),
                    requested.isEmpty() ? granted : requested,
                    client.clientId());
            return minter.withRefreshToken(grant, rotated.token());
        });
    }
}

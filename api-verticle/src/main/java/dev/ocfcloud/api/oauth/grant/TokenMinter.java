package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.token.AccessTokenSigner;
import dev.ocfcloud.api.oauth.token.IssuedTokens;
import dev.ocfcloud.api.oauth.token.RefreshTokens;
import dev.ocfcloud.api.oauth.token.TokenGrantRequest;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Issues the tokens of a grant: always an access token; a refresh token (of a new family) when the
 * client may use the refresh-token grant.
 */
public final class TokenMinter {
    private final AccessTokenSigner signer;
    private final RefreshTokens refreshTokens;

    public TokenMinter(AccessTokenSigner signer, RefreshTokens refreshTokens) {
        this.signer = signer;
        this.refreshTokens = refreshTokens;
    }

    /** The tokens, and the refresh-token family started for them, if any. */
    public record Minted(IssuedTokens tokens, Optional<String> familyId) {}

    public Future<Minted> mint(OAuthClient client, TokenGrantRequest grant) {
        if (!client.allows(GrantType.REFRESH_TOKEN)) {
            return Future.succeededFuture(new Minted(accessOnly(grant), Optional.empty()));
        }
        return refreshTokens
                .start(grant)
                .map(started -> new Minted(
                        new IssuedTokens(
                                signer.sign(grant), signer.ttl(), Optional.of(started.token()), grant.scopes()),
                        Optional.of(started.familyId())));
    }

    public IssuedTokens accessOnly(TokenGrantRequest grant) {
        return new IssuedTokens(signer.sign(grant), signer.ttl(), Optional.empty(), grant.scopes());
    }

    public IssuedTokens withRefreshToken(TokenGrantRequest grant, String refreshToken) {
        return new IssuedTokens(signer.sign(grant), signer.ttl(), Optional.of(refreshToken), grant.scopes());
    }
}

package dev.ocfcloud.api.oauth.grant;

import dev.ocfcloud.api.oauth.OAuthError;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.client.OAuthClient;
import dev.ocfcloud.api.oauth.store.CodeKind;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.store.StoredCode;
import dev.ocfcloud.api.oauth.token.IssuedTokens;
import dev.ocfcloud.api.oauth.token.Secrets;
import dev.ocfcloud.api.oauth.token.TokenGrantRequest;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code grant_type=authorization_code} (RFC 6749 §4.1.3) for both kinds of code: those of the
 * authorization endpoint (bound to their client, redirect URI and PKCE challenge) and onboarding
 * codes (redeemed by a confidential client: the device gateway). Each code works once; a second
 * redemption is refused and revokes the refresh tokens the first one got (RFC 6749 §4.1.2).
 */
public final class AuthorizationCodeGrant implements GrantHandler {
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationCodeGrant.class);

    private final OAuthStore store;
    private final TokenMinter minter;
    private final Clock clock;

    public AuthorizationCodeGrant(OAuthStore store, TokenMinter minter, Clock clock) {
        this.store = store;
        this.minter = minter;
        this.clock = clock;
    }

    @Override
    public Future<IssuedTokens> handle(OAuthClient client, TokenRequest request) {
        if (!client.allows(GrantType.AUTHORIZATION_CODE)) {
            return Future.failedFuture(OAuthError.UNAUTHORIZED_CLIENT.because("client may not use authorization_code"));
        }
        String codeHash = Secrets.hash(request.required("code"));
        return store.redeemCode(codeHash, clock.instant())
                .compose(found -> found.map(code -> redeem(client, request, code))
                        .orElseGet(() -> Future.failedFuture(OAuthError.INVALID_GRANT.because("unknown code"))));
    }

    private Future<IssuedTokens> redeem(OAuthClient client, TokenRequest request, StoredCode code) {
        if (code.used()) {
            return refuseReuse(code);
        }
        if (!code.expiresAt().isAfter(clock.instant())) {
            return Future.failedFuture(OAuthError.INVALID_GRANT.because("code expired"));
        }
        try {
            check(client, request, code);
        } catch (RuntimeException refused) {
            return Future.failedFuture(refused);
        }
        TokenGrantRequest grant = new TokenGrantRequest(code.subject(), code.owner(), code.scopes(), client.clientId());
        return minter.mint(client, grant)
                .compose(minted -> minted.familyId()
                        .map(family -> store.linkCodeToFamily(code.codeHash(), family))
                        .orElseGet(Future::succeededFuture)
                        .map(minted.tokens()));
    }

    private static void check(OAuthClient client, TokenRequest request, StoredCode code) {
        if (code.kind() == CodeKind.ONBOARDING) {
            if (!client.confidential()) {
                throw OAuthError.UNAUTHORIZED_CLIENT.because("onboarding codes are redeemed by confidential clients");
            }
            return;
        }
        if (!code.clientId().equals(Optional.of(client.clientId()))) {
            throw OAuthError.INVALID_GRANT.because("code issued to another client");
        }
        // RFC 6749 §4.1.3: redirect_uri must be identical if the authorization request had one.
        if (code.redirectUri().isPresent() && !code.redirectUri().equals(request.optional("redirect_uri"))) {
            throw OAuthError.INVALID_GRANT.because("redirect_uri does not match the authorization request");
        }
        if (code.codeChallenge().isPresent()) {
            if (!Pkce.verifies(
                    request.optional("code_verifier").orElse(null),
                    code.codeChallenge().get())) {
                throw OAuthError.INVALID_GRANT.because("code_verifier does not match the code challenge");
            }
        } else if (!client.confidential()) {
            throw OAuthError.INVALID_GRANT.because("a public client's code needs PKCE");
        }
    }

    private Future<IssuedTokens> refuseReuse(StoredCode code) {
        LOG.warn("A {} code was redeemed twice: revoking what it granted", code.kind());
        Future<Void> revoked = code.issuedFamily().map(store::revokeFamily).orElseGet(Future::succeededFuture);
        return revoked.compose(v -> Future.failedFuture(OAuthError.INVALID_GRANT.because("code already used")));
    }
}

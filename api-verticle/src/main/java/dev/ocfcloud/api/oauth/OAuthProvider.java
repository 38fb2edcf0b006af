package dev.ocfcloud.api.oauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.api.oauth.authorize.AuthorizeEndpoint;
import dev.ocfcloud.api.oauth.client.ClientRegistry;
import dev.ocfcloud.api.oauth.client.GrantType;
import dev.ocfcloud.api.oauth.grant.AuthorizationCodeGrant;
import dev.ocfcloud.api.oauth.grant.ClientCredentialsGrant;
import dev.ocfcloud.api.oauth.grant.RefreshTokenGrant;
import dev.ocfcloud.api.oauth.grant.TokenEndpoint;
import dev.ocfcloud.api.oauth.grant.TokenMinter;
import dev.ocfcloud.api.oauth.key.KeyRing;
import dev.ocfcloud.api.oauth.metadata.DiscoveryDocument;
import dev.ocfcloud.api.oauth.metadata.JwksEndpoint;
import dev.ocfcloud.api.oauth.onboarding.OnboardingCodeEndpoint;
import dev.ocfcloud.api.oauth.onboarding.OnboardingCodes;
import dev.ocfcloud.api.oauth.store.OAuthStore;
import dev.ocfcloud.api.oauth.token.AccessTokenSigner;
import dev.ocfcloud.api.oauth.token.RefreshTokens;
import dev.ocfcloud.api.oauth.token.Secrets;
import dev.ocfcloud.api.oauth.token.TokenGrantRequest;
import dev.ocfcloud.api.oauth.user.UserDirectory;
import dev.ocfcloud.model.OwnerId;
import dev.ocfcloud.model.auth.IssuerConfig;
import dev.ocfcloud.model.auth.JwksTokenVerifier;
import dev.ocfcloud.model.auth.TokenVerifier;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded OAuth2 provider: its endpoints as a {@link Router} to mount at the server's root,
 * its signing keys, and a verifier of its own tokens. See {@code docs/oauth.md}.
 *
 * <p>Built by {@link #start} from the signing keys {@link KeyRing#load} read from the store (or
 * generated on the first start); it starts the periodic sweep of expired codes and refresh tokens; {@link #stop} ends
 * the sweep.
 */
public final class OAuthProvider {
    private static final Logger LOG = LoggerFactory.getLogger(OAuthProvider.class);

    private final Vertx vertx;
    private final OAuthStore store;
    private final OAuthProviderConfig config;
    private final String issuer;
    private final KeyRing keys;
    private final Clock clock;
    private final int maxBodyBytes;
    private final TokenVerifier verifier;
    private final AccessTokenSigner signer;
    private long sweepTimer = -1;

    private OAuthProvider(
            Vertx vertx, OAuthStore store, OAuthProviderConfig config, KeyRing keys, Clock clock, int maxBodyBytes) {
        this.vertx = vertx;
        this.store = store;
        this.config = config;
        this.issuer = config.issuer().orElseThrow(() -> new IllegalArgumentException("the issuer must be resolved"));
        this.keys = keys;
        this.clock = clock;
        this.maxBodyBytes = maxBodyBytes;
        this.signer = new AccessTokenSigner(
                keys, issuer, config.audience(), config.ownerClaim(), config.accessTokenTtl(), clock);
        this.verifier = new JwksTokenVerifier(
                vertx,
                keys,
                new IssuerConfig(
                        issuer,
                        "",
                        Optional.of(config.audience()),
                        config.ownerClaim(),
                        IssuerConfig.DEFAULT_CLOCK_SKEW),
                clock);
    }

    /**
     * Warms the crypto up and starts the sweep.
     *
     * @param config with its issuer resolved
     * @param keys the signing keys, loaded from {@code store} ({@link KeyRing#load})
     * @param maxBodyBytes the largest request body accepted (larger: 413)
     */
    public static Future<OAuthProvider> start(
            Vertx vertx, OAuthStore store, OAuthProviderConfig config, KeyRing keys, Clock clock, int maxBodyBytes) {
        OAuthProvider provider = new OAuthProvider(vertx, store, config, keys, clock, maxBodyBytes);
        return vertx.executeBlocking(provider::warmUp).map(provider).onSuccess(OAuthProvider::startSweeping);
    }

    /**
     * Blocking: the first signature and verification load the EC and JSON classes (a few hundred
     * milliseconds on a cold JVM), which must not happen on an event loop.
     */
    private boolean warmUp() throws ParseException, JOSEException {
        String token = signer.sign(new TokenGrantRequest("warm-up", OwnerId.of("warm-up"), Set.of(), "warm-up"));
        return SignedJWT.parse(token).verify(new ECDSAVerifier(keys.signingKey().toPublicJWK()));
    }

    private void startSweeping() {
        sweepTimer = vertx.setPeriodic(
                config.sweepInterval().toMillis(),
                id -> store.deleteExpired(clock.instant())
                        .onSuccess(count -> LOG.debug("Swept {} expired codes and refresh tokens", count))
                        .onFailure(failure -> LOG.warn("Sweeping expired codes failed: {}", failure.getMessage())));
    }

    public Future<Void> stop() {
        if (sweepTimer >= 0) {
            vertx.cancelTimer(sweepTimer);
        }
        return Future.succeededFuture();
    }

    /** Its {@code iss}: the base of every endpoint URL. */
    public String issuer() {
        return issuer;
    }

    /** Verifies this provider's own access tokens (signature, issuer, audience, lifetime). */
    public TokenVerifier verifier() {
        return verifier;
    }

    /**
     * Rotates the signing key: a new key signs from now on; the previous one stays in the JWKS. The
     * hook for operators and tests (see {@code docs/oauth.md}, key rotation).
     *
     * @return the new key's id
     */
    public Future<String> rotateSigningKey() {
        return keys.rotate();
    }

    /** The endpoints, to mount at the root of the server the issuer URL points at. */
    public Router router() {
        Secrets secrets = new Secrets(new SecureRandom());
        ClientRegistry clients = new ClientRegistry(config.clients());
        RefreshTokens refreshTokens = new RefreshTokens(store, secrets, config.refreshTokenTtl(), clock);
        TokenMinter minter = new TokenMinter(signer, refreshTokens);
        TokenEndpoint token = new TokenEndpoint(
                clients,
                Map.of(
                        GrantType.AUTHORIZATION_CODE, new AuthorizationCodeGrant(store, minter, clock),
                        GrantType.REFRESH_TOKEN, new RefreshTokenGrant(refreshTokens, minter),
                        GrantType.CLIENT_CREDENTIALS, new ClientCredentialsGrant(config, minter)));
        AuthorizeEndpoint authorize =
                new AuthorizeEndpoint(clients, new UserDirectory(vertx, config.users()), store, secrets, config, clock);
        OnboardingCodeEndpoint onboarding = new OnboardingCodeEndpoint(
                verifier, new OnboardingCodes(store, secrets, config.onboardingCodeTtl(), clock));
        JsonObject discovery = DiscoveryDocument.of(issuer);

        Router router = Router.router(vertx);
        BodyHandler body = BodyHandler.create(false).setBodyLimit(maxBodyBytes);
        router.get(DiscoveryDocument.PATH).handler(routing -> json(routing, discovery));
        router.get(JwksEndpoint.PATH).handler(new JwksEndpoint(keys));
        router.post(TokenEndpoint.PATH).handler(body).handler(token).failureHandler(OAuthProvider::tokenFailure);
        router.get(AuthorizeEndpoint.PATH).handler(authorize::show);
        router.post(AuthorizeEndpoint.PATH).handler(body).handler(authorize::login);
        router.post(OnboardingCodeEndpoint.PATH).handler(body).handler(onboarding);
        return router;
    }

    private static void json(RoutingContext routing, JsonObject document) {
        routing.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300")
                .end(document.encode());
    }

    /** A request the body handler refused (too large, undecodable) still gets an OAuth error. */
    private static void tokenFailure(RoutingContext routing) {
        int status = routing.statusCode();
        if (status >= 400 && status < 500) {
            String description = status == 413 ? "the body is too large" : "malformed request";
            OAuthResponses.error(routing, status, OAuthError.INVALID_REQUEST.because(description));
            return;
        }
        OAuthResponses.error(routing, routing.failure());
    }
}

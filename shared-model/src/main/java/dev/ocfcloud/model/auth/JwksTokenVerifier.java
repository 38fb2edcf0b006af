package dev.ocfcloud.model.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import dev.ocfcloud.model.error.CloudException;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import java.text.ParseException;
import java.time.Clock;
import java.util.Optional;

/**
 * Verifies tokens of one issuer against the keys of a {@link JwksSource}. A token naming a key
 * that is not known makes the source fetch again once (rate-limited), so the issuer can rotate its
 * keys.
 */
public final class JwksTokenVerifier implements TokenVerifier {
    /** Far larger than any access token we expect; bounds the work a garbage token can cause. */
    static final int MAX_TOKEN_CHARS = 16 * 1024;

    private final Vertx vertx;
    private final JwksSource keys;
    private final TokenChecks checks;
    private final Clock clock;

    public JwksTokenVerifier(Vertx vertx, JwksSource keys, IssuerConfig issuer, Clock clock) {
        this.vertx = vertx;
        this.keys = keys;
        this.checks = new TokenChecks(issuer);
        this.clock = clock;
    }

    /** A verifier of {@code issuer}'s tokens with its keys fetched over HTTP, by {@code client}. */
    public static JwksTokenVerifier remote(Vertx vertx, WebClient client, IssuerConfig issuer, JwksPolicy policy) {
        Clock clock = Clock.systemUTC();
        return new JwksTokenVerifier(vertx, new HttpJwksSource(client, issuer, policy, clock), issuer, clock);
    }

    @Override
    public Future<VerifiedToken> verify(String jwt) {
        Context caller = vertx.getOrCreateContext();
        SignedJWT parsed;
        try {
            parsed = parse(jwt);
        } catch (CloudException e) {
            return Future.failedFuture(e);
        }
        Future<VerifiedToken> verified = keyFor(parsed).map(key -> checks.verify(parsed, key, clock.instant()));
        return onContext(caller, verified);
    }

    static SignedJWT parse(String jwt) {
        if (jwt == null || jwt.isEmpty() || jwt.length() > MAX_TOKEN_CHARS) {
            throw AuthFailures.tokenInvalid("the token is empty or longer than " + MAX_TOKEN_CHARS + " characters");
        }
        try {
            return SignedJWT.parse(jwt);
        } catch (ParseException e) {
            throw AuthFailures.tokenInvalid("the token is not a signed JWT");
        }
    }

    private Future<JWK> keyFor(SignedJWT jwt) {
        String kid = jwt.getHeader().getKeyID();
        return keys.keys()
                .compose(known -> find(known, kid)
                        .map(Future::succeededFuture)
                        .orElseGet(() -> keys.refreshed()
                                .map(fresh -> find(fresh, kid)
                                        .orElseThrow(() -> AuthFailures.tokenInvalid(
                                                "no key " + kid + " in the issuer's key set")))));
    }

    /** The key named by {@code kid}; without a kid, the only key if there is just one. */
    private static Optional<JWK> find(JWKSet keys, String kid) {
        if (kid == null) {
            return keys.getKeys().size() == 1 ? Optional.of(keys.getKeys().getFirst()) : Optional.empty();
        }
        return Optional.ofNullable(keys.getKeyByKeyId(kid));
    }

    /** Completes on {@code context}: a shared key fetch may have completed on another event loop. */
    private static <T> Future<T> onContext(Context context, Future<T> work) {
        Promise<T> result = Promise.promise();
        work.onComplete(outcome -> {
            if (context.equals(Vertx.currentContext())) {
                result.handle(outcome);
            } else {
                context.runOnContext(v -> result.handle(outcome));
            }
        });
        return result.future();
    }
}

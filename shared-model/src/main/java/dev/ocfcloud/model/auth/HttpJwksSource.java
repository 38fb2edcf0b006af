package dev.ocfcloud.model.auth;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An issuer's keys fetched over HTTP from its JWKS URL (or the {@code jwks_uri} of its OIDC
 * discovery document), cached, and fetched again when stale or, rate-limited, when a token names an
 * unknown key. Concurrent callers share one fetch. If a fetch fails while keys are known, the known
 * keys stay in use; only with no keys at all does the failure reach the caller, as {@code
 * auth.unavailable}.
 *
 * <p>Safe to share between event loops: the state is held in atomics. A shared fetch may complete
 * on another context than the caller's; {@link JwksTokenVerifier} hops back.
 */
public final class HttpJwksSource implements JwksSource {
    private static final Logger LOG = LoggerFactory.getLogger(HttpJwksSource.class);
    static final int MAX_DOCUMENT_BYTES = 256 * 1024;

    private final WebClient client;
    private final IssuerConfig issuer;
    private final JwksPolicy policy;
    private final Clock clock;
    private final AtomicReference<Snapshot> known = new AtomicReference<>();
    private final AtomicReference<Instant> lastAttempt = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<Future<JWKSet>> inFlight = new AtomicReference<>();
    private final AtomicReference<String> discoveredJwksUrl = new AtomicReference<>();

    public HttpJwksSource(WebClient client, IssuerConfig issuer, JwksPolicy policy, Clock clock) {
        this.client = client;
        this.issuer = issuer;
        this.policy = policy;
        this.clock = clock;
    }

    private record Snapshot(JWKSet keys, Instant fetchedAt) {}

    @Override
    public Future<JWKSet> keys() {
        Snapshot snapshot = known.get();
        if (snapshot != null && snapshot.fetchedAt().plus(policy.maxAge()).isAfter(clock.instant())) {
            return Future.succeededFuture(snapshot.keys());
        }
        return fetchKeepingKnownOnFailure();
    }

    @Override
    public Future<JWKSet> refreshed() {
        Instant last = lastAttempt.get();
        if (last.isAfter(clock.instant().minus(policy.minRefetchInterval()))) {
            return keys();
        }
        return fetchKeepingKnownOnFailure();
    }

    private Future<JWKSet> fetchKeepingKnownOnFailure() {
        return fetchShared().recover(failure -> {
            Snapshot snapshot = known.get();
            if (snapshot == null) {
                return Future.failedFuture(failure);
            }
            LOG.warn("Keeping the known keys of {}: {}", issuer.issuer(), failure.getMessage());
            return Future.succeededFuture(snapshot.keys());
        });
    }

    /** One fetch at a time: callers arriving while one runs get its result. */
    private Future<JWKSet> fetchShared() {
        Promise<JWKSet> mine = Promise.promise();
        if (inFlight.compareAndSet(null, mine.future())) {
            lastAttempt.set(clock.instant());
            fetch().onComplete(result -> {
                inFlight.set(null);
                mine.handle(result);
            });
            return mine.future();
        }
        Future<JWKSet> running = inFlight.get();
        return running != null ? running : fetchShared();
    }

    private Future<JWKSet> fetch() {
        return jwksUrl().compose(this::fetchJwks).onSuccess(keys -> known.set(new Snapshot(keys, clock.instant())));
    }

    private Future<String> jwksUrl() {
        if (!issuer.jwksUrl().isEmpty()) {
            return Future.succeededFuture(issuer.jwksUrl());
        }
        String discovered = discoveredJwksUrl.get();
        if (discovered != null) {
            return Future.succeededFuture(discovered);
        }
        return get(issuer.discoveryUrl()).map(this::jwksUriOf).onSuccess(discoveredJwksUrl::set);
    }

    private String jwksUriOf(Buffer body) {
        try {
            String uri = new JsonObject(body).getString("jwks_uri");
            if (uri == null || uri.isBlank()) {
                throw AuthFailures.unavailable("the discovery document of " + issuer.issuer() + " has no jwks_uri");
            }
            return uri;
        } catch (DecodeException | ClassCastException e) {
            throw AuthFailures.unavailable("the discovery document of " + issuer.issuer() + " is not JSON");
        }
    }

    private Future<JWKSet> fetchJwks(String url) {
        return get(url).map(body -> signingKeys(url, body));
    }

    private JWKSet signingKeys(String url, Buffer body) {
        try {
            List<JWK> keys = JWKSet.parse(body.toString()).getKeys().stream()
                    .filter(key -> key.getKeyUse() == null || KeyUse.SIGNATURE.equals(key.getKeyUse()))
                    .filter(key -> !key.isPrivate())
                    .toList();
            return new JWKSet(keys);
        } catch (ParseException e) {
            throw AuthFailures.unavailable("the key set at " + url + " is not a JWKS: " + e.getMessage());
        }
    }

    private Future<Buffer> get(String url) {
        Duration timeout = policy.fetchTimeout();
        return client.getAbs(url)
                .timeout(timeout.toMillis())
                .putHeader("Accept", "application/json")
                .send()
                .recover(failure -> Future.failedFuture(
                        AuthFailures.unavailable("fetching " + url + " failed: " + failure.getMessage())))
                .map(response -> bodyOf(url, response));
    }

    private static Buffer bodyOf(String url, HttpResponse<Buffer> response) {
        if (response.statusCode() != 200) {
            throw AuthFailures.unavailable("fetching " + url + " answered HTTP " + response.statusCode());
        }
        Buffer body = response.body();
        if (body == null || body.length() > MAX_DOCUMENT_BYTES) {
            throw AuthFailures.unavailable(
                    "fetching " + url + " gave no document or one over " + MAX_DOCUMENT_BYTES + " bytes");
        }
        return body;
    }
}

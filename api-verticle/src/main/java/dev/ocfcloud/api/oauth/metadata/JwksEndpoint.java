package dev.ocfcloud.api.oauth.metadata;

import dev.ocfcloud.api.oauth.key.KeyRing;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /oauth/jwks}: the public signing keys (RFC 7517 §5), the current one and its predecessor. */
public final class JwksEndpoint implements Handler<RoutingContext> {
    public static final String PATH = "/oauth/jwks";
    /** Verifiers may cache the set this long; a new key is fetched anyway when a token names it. */
    static final int MAX_AGE_SECONDS = 300;

    private final KeyRing keys;

    public JwksEndpoint(KeyRing keys) {
        this.keys = keys;
    }

    @Override
    public void handle(RoutingContext routing) {
        routing.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/jwk-set+json")
                .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS)
                .end(new JsonObject(keys.publicKeys().toJSONObject(true)).encode());
    }
}

package dev.ocfcloud.model.auth;

import com.nimbusds.jose.jwk.JWKSet;
import io.vertx.core.Future;

/** Where a verifier gets an issuer's public signing keys. */
public interface JwksSource {
    /** The known keys, fetched first if none are known yet or they are older than allowed. */
    Future<JWKSet> keys();

    /**
     * The keys fetched anew, for a token whose {@code kid} is unknown (the issuer may have rotated);
     * rate-limited: within the minimum interval since the last fetch, the known keys.
     */
    Future<JWKSet> refreshed();
}

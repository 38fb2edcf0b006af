package dev.ocfcloud.model.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How an issuer's key set is fetched and cached.
 *
 * @param fetchTimeout how long one fetch (discovery or JWKS) may take
 * @param maxAge how long fetched keys are used before they are fetched again; if that fetch fails
 *     the old keys stay in use
 * @param minRefetchInterval an unknown {@code kid} triggers a fetch (key rotation) at most this
 *     often, so forged tokens cannot make us hammer the issuer
 */
public record JwksPolicy(Duration fetchTimeout, Duration maxAge, Duration minRefetchInterval) {
    public static final JwksPolicy DEFAULTS =
            new JwksPolicy(Duration.ofSeconds(5), Duration.ofMinutes(15), Duration.ofSeconds(30));

    public JwksPolicy {
        Objects.requireNonNull(fetchTimeout, "fetchTimeout");
        Objects.requireNonNull(maxAge, "maxAge");
        Objects.requireNonNull(minRefetchInterval, "minRefetchInterval");
        if (fetchTimeout.isZero() || fetchTimeout.isNegative()) {
            throw new IllegalArgumentException("fetchTimeout must be positive");
        }
    }
}

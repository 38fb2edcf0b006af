package dev.ocfcloud.gateway.ocf.account;

import java.time.Duration;
import java.time.Instant;

/** The {@code expiresin} integer devices expect: seconds, or -1 for a token that never expires. */
public final class ExpiresIn {
    private ExpiresIn() {}

    public static long seconds(Duration lifetime) {
        return lifetime.isNegative() ? -1 : Math.max(0, lifetime.toSeconds());
    }

    public static long secondsUntil(Instant expiresAt, Instant now) {
        return expiresAt.equals(Instant.MAX)
                ? -1
                : Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }
}

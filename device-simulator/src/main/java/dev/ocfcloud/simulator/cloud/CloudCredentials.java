package dev.ocfcloud.simulator.cloud;

import java.util.Objects;

/**
 * The tokens a device got at sign-up or refresh, and the token lifetime its last sign-in or refresh
 * announced (PROTOCOL.md §1.1). An empty access token means it was cleared after a 4.01 on sign-in.
 *
 * @param expiresIn seconds; negative means permanent (-1 in OCF)
 * @param obtainedAtMillis when {@code expiresIn} was received, epoch milliseconds
 */
public record CloudCredentials(
        String uid, String accessToken, String refreshToken, long expiresIn, long obtainedAtMillis) {
    public CloudCredentials {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(refreshToken, "refreshToken");
    }

    public boolean permanent() {
        return expiresIn < 0;
    }

    public boolean hasAccessToken() {
        return !accessToken.isEmpty();
    }

    public boolean hasRefreshToken() {
        return !refreshToken.isEmpty();
    }

    /** After a sign-in: its {@code expiresin} replaces the stored one. */
    public CloudCredentials signedIn(long newExpiresIn, long nowMillis) {
        return new CloudCredentials(uid, accessToken, refreshToken, newExpiresIn, nowMillis);
    }

    /** After a 4.01 on sign-in, iotivity-lite drops the access token (PROTOCOL.md §1.2). */
    public CloudCredentials withoutAccessToken() {
        return new CloudCredentials(uid, "", refreshToken, expiresIn, obtainedAtMillis);
    }

    /** When the device refreshes (PROTOCOL.md §1.2 "Refresh timing"), epoch milliseconds; MAX_VALUE if never. */
    public long refreshAtMillis() {
        return permanent()
                ? Long.MAX_VALUE
                : obtainedAtMillis + RefreshSchedule.refreshAfter(expiresIn).toMillis();
    }
}

package dev.ocfcloud.simulator.cloud;

import java.time.Duration;

/**
 * When iotivity-lite refreshes its access token, counted from the last {@code expiresin} (PROTOCOL.md
 * §1.2, [IL api/cloud/oc_cloud_schedule.c]): 10 min early if it lasts over an hour, 2 min early if over
 * 4 min, 10 s early if over 20 s, else when it expires.
 */
public final class RefreshSchedule {
    private RefreshSchedule() {}

    public static Duration refreshAfter(long expiresInSeconds) {
        long seconds = expiresInSeconds;
        if (seconds > 3600) {
            seconds -= 600;
        } else if (seconds > 240) {
            seconds -= 120;
        } else if (seconds > 20) {
            seconds -= 10;
        }
        return Duration.ofSeconds(Math.max(seconds, 0));
    }
}

package dev.ocfcloud.simulator.device;

import java.time.Duration;

/**
 * RFC 8323 §5.4 keepalive as iotivity-lite runs it over TCP (PROTOCOL.md §1.2): a Ping every
 * {@code interval} after a Pong (20 s), a miss when no Pong comes within {@code timeout} (4 s), the
 * next Ping right after a miss, and a reconnect after {@code maxMisses} (6) misses in a row.
 *
 * @param interval zero disables pinging
 */
public record KeepaliveSettings(Duration interval, Duration timeout, int maxMisses) {
    public KeepaliveSettings {
        if (interval.isNegative() || timeout.isNegative() || timeout.isZero() || maxMisses < 1) {
            throw new IllegalArgumentException("bad keepalive settings " + interval + "/" + timeout + "/" + maxMisses);
        }
    }

    public static KeepaliveSettings iotivity() {
        return new KeepaliveSettings(Duration.ofSeconds(20), Duration.ofSeconds(4), 6);
    }

    public boolean enabled() {
        return !interval.isZero();
    }
}
